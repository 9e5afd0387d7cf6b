"""Which number expressions are figures: not a date, a year, a time of day, list numbering,
part of a name or the pronoun "one". Decided on the characters around the expression and
the lexicon (``Context``), before the parse is looked at.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from .context import Context
from .day_spans import day_of_span
from .numbers import NumberExpr
from .score_ranges import is_score

__all__ = ["inside_name", "is_figure", "named_number"]

_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'’&]*)\s*$")
_WORD_AFTER = re.compile(r"^[\s,]*(?:of\s+)?([A-Za-z][\w.'’]*)")
_LINE_START = re.compile(r"(?:^|\n)[ \t\u00a0\u2022*>•·-]*$")
_LIST_END = re.compile(r"^[.)]\s")
_YEAR = re.compile(r"(?:1[0-9]|20)\d\d$")
_FUTURE_YEAR = re.compile(r"2[1-9]\d\d$")
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b)", re.IGNORECASE)
#: a sentence start before a word: the word's capital says nothing about a name
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"’”)]*\s+|\n\s*|['\"‘“(]\s*)$")
#: groups of digits around a number: a phone or an account number ("0800 123 4567")
#: and tallies or scores ("a 5-4 ruling", "voted 19-15"): groups joined by a hyphen that no
#: range reads (the grammar makes "3-5" one range); space-separated groups of three digits or more
_DIGIT_GROUP_BEFORE = re.compile(r"(?:\d-|\d{3} )$")
_DIGIT_GROUP_AFTER = re.compile(r"^(?:-\d| \d{3})")
_NAME_THEN_WORD = re.compile(r"^\s+[A-Z][a-z]+\s+([A-Z][a-z]*)")
#: a score in a list of scores: "won 6-4, 3-6, 7-6" (a hyphenated pair next to another)
_SCORE_BEFORE = re.compile(r"\d+\s*[-–]\s*\d+\s*,\s*$")
_SCORE_AFTER = re.compile(r"^\s*,\s*\d+\s*[-–]\s*\d+\b")
_HYPHEN_PAIR = re.compile(r"\d+\s*[-–]\s*\d+$")
#: "the three months to December", "the 13 weeks ending 30 September": a reporting period
_PERIOD_AFTER = re.compile(r"^[\s-]+(?:weeks?|months?|quarters?|years?)\s+(?:to|ending|ended|through|until)\s+"
                           r"(?P<w>\d|(?:the\s+)?end\b|[A-Z][a-z]+)")
#: "a 16-year high", "a three-month low": a time span that qualifies a record
_SPAN_OF_RECORD = re.compile(r"^-(?:day|week|month|year|decade)\s+(?:high|low|peak|record)\b", re.IGNORECASE)
#: "10-year gilts", "two-year Treasury notes": a maturity names the security
_MATURITY = re.compile(r"^-(?:day|week|month|year)\s+([A-Za-z]+)")
_PERIOD_OF_YEAR = re.compile(r"^[\s-]+(?:days?|weeks?|months?|quarters?)\s+of\s+(?:the\s+(?:year|season|decade)\b|"
                             r"(?:this|last|next)\s+year\b|\d{4}\b)", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:the|first|last|past)\s+$", re.IGNORECASE)
#: a verb's bare form read as a multiplier only after a modal or "to", or before what it multiplies
_BARE_MULTIPLIERS = frozenset(("double", "triple", "treble", "quadruple", "halve"))
_BEFORE_BARE_MULTIPLIER = frozenset(("to", "will", "would", "could", "may", "might", "can", "should", "must", "than",
                                     "ll", "set", "likely", "expected"))
_AFTER_TWICE = (" as ", " the ", " its ", " their ", " that ", " what ", " more ", " his ", " her ", " our ")
#: the word before "zero" in a name, with a space or a hyphen: "net zero", "net-zero"
_ZERO_NAME_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")
_ONE_KEEP_BEFORE = re.compile(r"\b(?:only|just|exactly|merely|than|single)\s+$", re.IGNORECASE)
#: an ordinal is a figure only as the age of something going on: "the war, now in its sixth year"
_AGE_OF_ONGOING = re.compile(r"\bin\s+(?:its|their|his|her|our|the)\s+$", re.IGNORECASE)
#: "the eighth month running", "a third consecutive month", "the 31st day in a row": a streak
_STREAK = re.compile(r"\s+(?:consecutive|straight|successive|running)\b|\s+[a-z]+\s+(?:in\s+a\s+row|running)\b",
                     re.IGNORECASE)
#: a race named by its distance: "the 400m", "the women's 10,000 metres", "the 100m hurdles"
_EVENT_BEFORE = re.compile(r"\bthe\s+(?:(?:men|women|boys|girls)['’]s\s+)?$", re.IGNORECASE)
_EVENT = re.compile(r"(?:50|60|100|110|200|400|800|1,?500|3,?000|5,?000|10,?000)(?:m|\s+met(?:re|er)s)\b(?!-)"
                    r"(?!\s+(?!hurdles\b|heats\b)[a-z]+s\b)")
_LABEL_LIST = re.compile(r"\b([A-Za-z]+)\s+\d[\d.]*(?:\s*,\s*\d[\d.]*)*\s*(?:,|and|or|to|&)\s*$")
_RANK = re.compile(r"\bthe\s+(?:top|bottom)\s+$", re.IGNORECASE)
_DIGITS = re.compile(r"[\d,.]+$")
_DIGIT_RANGE = re.compile(r"[\d,.]+(?:\s*(?:-|–|to)\s*[\d,.]+)?$")
#: "died at 3 on Sunday", "died at 11 that night": an hour of the clock after a death's 'at', a day or a part of one
#: after it, no age ("died at 84 on Sunday" is one)
_DIED_AT = re.compile(r"\b(?:dies|died)\s+at\s+$", re.IGNORECASE)
_DAY_AFTER = re.compile(r"^\s+(?:on\s+[A-Z][a-z]*day\b|in\s+the\s+(?:morning|afternoon|evening|night)\b|"
                        r"(?:that|this|last|the\s+same)\s+(?:morning|afternoon|evening|night)\b|at\s+night\b)")


def is_figure(ctx: Context, text: str, expr: NumberExpr) -> bool:
    """False for dates, years, times of day, list numbers, names and pronoun "one"
    (decided on the text around the expression)."""
    core = text[expr.core_start:expr.core_end]
    before = text[max(0, expr.start - 40):expr.start]
    after = text[expr.end:expr.end + 40]
    word_before = _WORD_BEFORE.search(before)
    word_after = _WORD_AFTER.search(after)
    prev = word_before.group(1) if word_before else ""
    nxt = word_after.group(1).rstrip(".") if word_after else ""
    if expr.kind == "ordinal":  # a rank, a streak or an event's number is no figure; an age is
        return (expr.value >= 2 and expr.noun in ctx.ordinal_nouns and expr.noun not in ctx.date_nouns
                and bool(_AGE_OF_ONGOING.search(before)) and not _STREAK.match(text, expr.core_end))
    if _is_date_or_clock(ctx, core, expr, prev.lower(), nxt.lower(), before, after):
        return False
    if expr.kind == "count" and expr.value in range(1, 13) and _DIED_AT.search(before) and _DAY_AFTER.match(after):
        return False  # "died at 3 on Sunday": an hour
    if expr.qualifier == "exact" and _EVENT_BEFORE.search(before) and _EVENT.match(text, expr.core_start):
        return False  # "won the 400m", "the 10,000 metres": an event's name
    if expr.kind == "count" and _is_period_or_score(ctx, core, expr, before, after):
        return False
    if expr.kind == "count" and expr.qualifier == "range" and is_score(ctx.score_words, core, before, after):
        return False  # "after losing 2-3 at home"
    if expr.kind == "count" and expr.qualifier == "exact" and _RANK.search(before):
        return False  # "finished outside the top four": a rank
    if _DIGITS.match(core) and expr.kind == "count" and expr.qualifier == "exact" and \
            _is_label(ctx, core, before, after, prev, nxt):
        return False
    return _is_quantity_word(ctx, core.lower(), expr, prev.lower(), before, after)


def _is_date_or_clock(ctx: Context, core: str, expr: NumberExpr, prev: str, nxt: str, before: str,
                      after: str) -> bool:
    """November 29, 29 November, 1986, between 2015 and 2019, 10 a.m., between 3 and 5 March."""
    if prev.rstrip(".") in ctx.months:
        return True
    if expr.kind == "count" and day_of_span(core, before, after, ctx.months):
        return True
    if nxt in ctx.months and expr.kind == "count" and _DIGITS.match(core):
        return True
    digits = re.findall(r"\d+", core)
    if expr.qualifier == "range" and digits and all(_YEAR.match(n) for n in digits):
        return True
    if expr.kind == "count" and expr.qualifier == "exact" and _FUTURE_YEAR.match(core) and prev in ctx.year_lead_words:
        return True  # "by 2100"
    if expr.kind == "percent" and expr.qualifier == "exact" and _YEAR.match(core) and prev in ctx.year_lead_words and \
            not _PERCENT_AFTER.match(after):
        return True  # "rose from 44% in 2021 to 63%": a year, which took the share's mark after it
    if expr.kind == "count" and expr.qualifier == "exact" and _YEAR.match(core):
        # a year, unless it counts something: "troops sent 1500 soldiers" (not "in 1990 voters")
        counted = nxt.islower() and nxt.endswith("s") and prev not in ctx.year_lead_words and \
            nxt not in ctx.year_followers
        return not counted
    return bool(_DIGIT_RANGE.match(core)) and (
        nxt in ctx.time_of_day or after.lstrip().lower().startswith(("a.m", "p.m")))


def _is_period_or_score(ctx: Context, core: str, expr: NumberExpr, before: str, after: str) -> bool:
    """A reporting period ("in the six months to June") or one score of a list of scores."""
    maturity = _MATURITY.match(after)
    if _SPAN_OF_RECORD.match(after) or (maturity and maturity.group(1).lower() in ctx.maturity_nouns):
        return True  # "a 16-year high", "10-year gilts"
    if _PERIOD_BEFORE.search(before):
        if _PERIOD_OF_YEAR.match(after):
            return True  # "in the first six months of the year": a part of the calendar
        period = _PERIOD_AFTER.match(after)
        if period and (period.group("w")[0].isdigit() or period.group("w").endswith("end") or
                       period.group("w").lower() in ctx.months):
            return True
    return bool(_HYPHEN_PAIR.fullmatch(core)) and bool(_SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after))


def _is_label(ctx: Context, core: str, before: str, after: str, prev: str, nxt: str) -> bool:
    """List numbering (1.), identifiers, numbers in names (Interstate 75, 5 Main Street),
    footnote marks ([3])."""
    if _LINE_START.search(before) and _LIST_END.match(after):
        return True
    if len(core) >= 8 and core.isdigit():  # identifiers, phone numbers
        return True
    if (core.startswith("0") and len(core) > 2 and core.isdigit()) or \
            ((_DIGIT_GROUP_BEFORE.search(before) or _DIGIT_GROUP_AFTER.match(after)) and
             (len(core) >= 3 or "-" in before[-1:] + after[:1])):
        return True  # a phone number's groups, a leading zero
    if prev and before.endswith(prev + " ") and (prev.lower() in ctx.label_nouns or
                                                 prev.lower().removesuffix("s") in ctx.label_nouns):
        return True  # "page 14", "section 3", "junctions 10"
    listed = _LABEL_LIST.search(before)
    if listed and listed.group(1).lower().removesuffix("s") in ctx.label_nouns:
        return True  # "between junctions 10 and 11", "pages 4, 5 and 9"
    if prev and before.endswith(prev + " ") and not prev.endswith(("'s", "’s")) and \
            _name_word(ctx, prev, before[:-len(prev) - 1]):
        return True  # "Nikkei 225", "S&P 500", "iPhone 11", "FRB 121102", "Big 12"
    if prev and before.endswith(prev + " ") and prev[0].isupper() and prev.lower() in ctx.name_prefixes:
        return True
    if nxt and nxt[0].isupper() and nxt.lower() in ctx.name_followers:
        return True
    street = _NAME_THEN_WORD.match(after)
    if street and street.group(1).lower() in ctx.name_followers:
        return True  # "221 Baker Street"
    return before.endswith(("[", "(")) and after.startswith(("]", ")"))


def _name_word(ctx: Context, word: str, before: str) -> bool:
    """A word written like a name that makes the number after it part of the name: "S&P 500",
    "iPhone 11", "A380 2" (capitalised words are decided on the parse: ``named_number``)."""
    low = word.lower().rstrip(".")
    if low in ctx.months or low in ctx.weekdays or low in ctx.currency_words:
        return False
    return any(ch.isdigit() for ch in word) or "&" in word or (
        word[0].islower() and any(ch.isupper() for ch in word[1:]))


def named_number(span: SpacySpan, ctx: Context) -> bool:
    """A bare number right after a capitalised name is part of it ("Nikkei 225 slumped", "FTSE
    100", "Big 12", "Python 3 replaced", "League Two"), unless it counts the noun after it
    ("HuffPollster 4.3 points") or the name is a sentence's first word that it does not modify."""
    first = span[0]
    if len(span) != 1 or first.i == 0 or not (first.is_digit or first.like_num) or first.text == "I":
        return False
    doc = first.doc
    prev = doc[first.i - 1]
    low = prev.lower_
    if not prev.text[:1].isupper() or prev.text == "I" or prev.tag_ not in ("NN", "NNP", "NNPS", "JJ") or \
            low in ctx.months or low in ctx.weekdays or low in ctx.currency_words or prev.whitespace_ != " " or \
            prev.ent_type_ in ("DATE", "TIME"):
        return False
    modifies = first.head.i == prev.i
    if not modifies and prev.is_sent_start:
        return False
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return modifies or nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and nxt.text != "%"


def _is_quantity_word(ctx: Context, low: str, expr: NumberExpr, prev: str, before: str, after: str) -> bool:
    """"one" only as a count ("only one", "at least one"), never "one of"; "half" not in
    "the first half"; "scores" only as "scores of"; "zero" not in a name ("reach net zero by 2050": a target)."""
    if low == "one" and expr.kind == "count" and (
        after.lower().startswith(" of ") or (expr.qualifier == "exact" and not _ONE_KEEP_BEFORE.search(before))
    ):
        return False
    if expr.kind == "fraction" and low == "half" and prev in ctx.half_part_words:
        return False
    if low == "zero" and (named := _ZERO_NAME_BEFORE.search(before)) and named.group(1).lower() in ctx.zero_names:
        return False
    if low.startswith("scores") and not after.lower().startswith(" of"):
        return False
    if expr.kind == "multiplier" and low in _BARE_MULTIPLIERS and prev not in _BEFORE_BARE_MULTIPLIER and \
            not after.lower().startswith((" the ", " its ", " their ", " that ", " what ")):
        return False  # "could double", "double the price"; not "a double murder"
    if expr.kind == "multiplier" and low == "twice" and not after.lower().startswith(_AFTER_TWICE):
        return False  # "twice the pace", "twice as many"; not "twice a week"
    return low != "dozen"


def inside_name(span: SpacySpan, start: int | None = None) -> bool:
    """A number inside a name: World War 2, Interstate 75 (the entity starts before it, and
    before ``start``, where the expression starts: "EUR 15" taken for a name is money)."""
    first = span[0]
    if not (first.ent_iob_ == "I" and first.ent_type_ in (
        "ORG", "PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "FAC"
    )):
        return False
    if start is None or start >= first.idx:
        return True
    doc, i = first.doc, first.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return doc[i].idx < start
