"""The number grammar: number expressions in plain text as intervals with a qualifier.

Hand-written on purpose. The libraries we tried (see ``bench/figures.py``) each miss what
news figures are made of: quantulum3 drops "more than" and finds nothing in "tens of
thousands"; text2num turns "tens of thousands" into "10 of 1000"; number-parser returns
None for it. None of them keeps the qualifier, the interval of a vague magnitude or the
character offsets we need. The word lists live in the lexicon table ``numbers.json``
(``nlp/lexicon/data/``).

``find_numbers(text)`` works on text alone (no spaCy); the figures component adds the
context (what is counted, what happened, who says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import Lexicon, lexicon
from .metre_lengths import sized_thing
from .openings import openers
from .reached_levels import reached_level
from .scaled_units import scaled

__all__ = ["NumberExpr", "Lexicon", "lexicon", "find_numbers", "parse_number", "has_number", "triggers"]


@dataclass(frozen=True, slots=True)
class NumberExpr:
    """One number expression. ``start``/``end`` cover the qualifier and the number (and a
    currency sign or %), not the counted noun; ``core_end`` is where the last number ends."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    kind: str = "count"  # count | percent | money | measure | age | ratio | fraction | ordinal | multiplier
    unit: str | None = None  # a unit given by the expression itself (percent, dollars, gigabytes)
    core_start: int = 0
    core_end: int = 0
    noun: str | None = None  # the noun an ordinal qualifies ("year" in "sixth year")


_WORDS = re.compile(r"\d+|[A-Za-z]+")
#: a word (or currency sign) in the few characters before a number: a qualifier may start there
_BACK_WORDS = re.compile(r"(?<![\w.$£€¥₹])(?:U\.?S\.?\$|[A-Z]{1,2}\$|[$£€¥₹]|[A-Za-z]+)")
_LOOK_BACK = 34


def triggers(text: str, lex: Lexicon | None = None) -> list[int]:
    """Offsets of the digits and number words of ``text`` (where expressions can be)."""
    words = (lex or lexicon()).trigger_words
    return [m.start() for m in _WORDS.finditer(text) if m.group()[0].isdigit() or m.group().lower() in words]


def has_number(text: str) -> bool:
    """True when ``text`` holds a digit or a number word (a cheap pre-filter)."""
    return bool(triggers(text))


_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str, lex: Lexicon | None = None) -> float | None:
    """The value of a number expression without qualifier: "250,000", "1.2 million",
    "twenty-three", "a dozen", "half a million", "$4bn" -> 4e9. None when not a number."""
    lex = lex or lexicon()
    key = " ".join(text.lower().split())
    if key in lex.article_numbers:
        return float(lex.article_numbers[key])
    total = 0.0
    current = 0.0
    seen = False
    for part in _SPLIT.split(key):
        if not part or part == "and":
            continue
        number = _digit_value(part)
        if number is not None:
            current += number
        elif part in lex.words:
            current += lex.words[part]
        elif part in ("a", "an"):
            current = current or 1.0
        elif part == "half":
            current += 0.5
        elif part == "quarter":
            current += 0.25
        elif part in ("dozen", "dozens"):
            current = (current or 1.0) * 12
        elif part == "hundred":
            current = (current or 1.0) * 100
        elif part in lex.scales or part in lex.abbreviations:
            total += (current or 1.0) * (lex.scales.get(part) or lex.abbreviations[part])
            current = 0.0
        elif part == "of":  # "a quarter of a million"
            continue
        else:
            return _glued_abbreviation(part, lex)
        seen = True
    return _round(total + current) if seen else None


def _round(value: float) -> float:
    """"2.05bn": 2050000000, "$65.6bn": 65600000000, not 65599999999.99999 (15 significant digits,
    then 6 decimals)."""
    return round(float(f"{value:.15g}"), 6)


def _digit_value(part: str) -> float | None:
    if part[:1].isdigit():
        try:
            return float(part.replace(",", ""))
        except ValueError:
            return None
    return None


def _glued_abbreviation(part: str, lex: Lexicon) -> float | None:
    """'4bn' -> 4e9."""
    match = re.fullmatch(r"([\d.,]+)([a-z]+)", part)
    if match and len(match.group(2)) == 1 and re.fullmatch(r"\d{5,}", match.group(1)):
        return None  # an identifier ("FRB 20180916B"), not billions
    if match and match.group(2) in lex.abbreviations:
        base = _digit_value(match.group(1))
        if base is not None:
            return _round(base * lex.abbreviations[match.group(2)])
    return None


def interval(value: float, qualifier: str, lex: Lexicon | None = None) -> tuple[float | None, float | None]:
    """low/high of an exact or qualified number, by the conventions of the seed gold set."""
    bound = (lex or lexicon()).bounds.get(qualifier, "both")
    if bound == "both":
        return value, value
    if bound == "low":
        return value, None
    if bound == "high":
        return None, value
    return None, None


def _number(value: float) -> float:
    return float(int(value)) if value == int(value) and abs(value) < 1e18 else value


def find_numbers(
    text: str, trigger_offsets: list[int] | None = None, lex: Lexicon | None = None
) -> list[NumberExpr]:
    """Every number expression of ``text`` in text order (no context filtering: dates, list
    numbers and names are removed by the figures component, which sees the context).

    The grammar is not scanned over the whole text: it is tried only where an expression
    can start, at each digit or number word and at the qualifier or currency words just
    before it. A caller that knows where the number words are (the component, from its
    token arrays) passes ``trigger_offsets``; ``lex`` is the number grammar (default: the
    packaged lexicon's)."""
    lex = lex or lexicon()
    if trigger_offsets is None:
        trigger_offsets = triggers(text, lex)
    found: list[NumberExpr] = []
    covered = -1
    for at in sorted(set(trigger_offsets)):
        if at < covered:
            continue
        for start in _starts(text, at, max(covered, 0), lex):
            exprs = _match_at(text, start, at, lex)
            if exprs:
                found.extend(exprs)
                covered = max(e.end for e in exprs)
                break
    return scaled(_join_ranges(text, found, lex), lex)  # "38 bcm": 38 billion cubic metres


_UNIT_TO = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)\s+to\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _join_ranges(text: str, found: list[NumberExpr], lex: Lexicon) -> list[NumberExpr]:
    """"from up to 252 miles to 287 miles": two numbers of one unit after "from" are one range
    (a change says so with a change word before "from", and stays two figures)."""
    joined: list[NumberExpr] = []
    for expr in found:
        last = joined[-1] if joined else None
        gap = _UNIT_TO.fullmatch(text, last.end, expr.start) if last is not None else None
        if last is not None and gap is not None and last.kind == expr.kind and last.value < expr.value and \
                text.startswith(" " + gap.group(1), expr.end) and \
                _FROM_BEFORE.search(text, max(0, last.start - 6), last.start) and \
                not lex.change_before_re.search(text, max(0, last.start - 46), last.start - 5):
            joined[-1] = NumberExpr(last.start, expr.end, last.value, last.value, expr.value, "range", expr.kind,
                                    expr.unit, last.core_start, expr.core_end)
            continue
        joined.append(expr)
    return joined


def _starts(text: str, at: int, floor: int, lex: Lexicon) -> list[int]:
    """Where an expression holding the number at ``at`` may start, earliest first."""
    lo = max(floor, at - _LOOK_BACK)
    starts = [
        m.start() for m in _BACK_WORDS.finditer(text, lo, at)
        if not m.group()[0].isalpha() or "$" in m.group() or m.group().lower() in lex.prefix_words
    ]
    if at >= lo + 1 and text[at - 1] in "-−" and (at == 1 or text[at - 2] in " (\n\t"):
        starts.append(at - 1)  # "-9C", "a -0.3% reading": a minus sign glued to the digits
    starts.append(at)
    return starts


def _match_at(text: str, start: int, at: int, lex: Lexicon) -> list[NumberExpr]:
    for (regex, build), can in zip(((lex.multiplier_re, _multiplier), (lex.ratio_re, _ratio), (lex.fraction_re, _fraction),
                                    (lex.ordinal_re, _ordinal), (lex.age_group_re, _age_group)),
                                   openers(text, start, lex), strict=True):
        match = regex.match(text, start) if can else None  # (``openings``: most starts open none of them)
        if match is not None and match.end() > at:
            expr = build(match, lex)
            if expr is not None:
                return [expr]
    match = lex.number_re.match(text, start)
    if match is not None and match.end() > at:
        if match.group("between") and match.group("num"):
            ratio = lex.ratio_re.match(text, match.start("num"))
            if ratio is not None and ratio.end() > match.end():
                return []  # "up from 1 in 20": the ratio, from its own start
        return _from_match(match, lex)
    return []


#: "plus" before the name of what is added ("plus VAT", "plus the cost of"; not "£2m plus were bid")
_ADDED = re.compile(r"\s+plus\s+(?!(?:is|are|was|were|be|been|will|would|could|can|may|might|has|have|had|did|"
                    r"in|on|at|for|from|by|to|of|and|or)\b)[A-Za-z]", re.IGNORECASE)


def _from_match(match: re.Match, lex: Lexicon) -> list[NumberExpr]:
    qualifier = _qualifier(match.group("qual"), lex)
    kind, unit = _kind(match.group("cur"), match.group("pct") or match.group("pct2"), lex,
                       match.group("mu") or match.group("mu2"))
    core_start = match.start("vague") if match.group("vague") else match.start("num")
    start = match.start() if match.group("qual") else min(
        i for i in (match.start("neg"), match.start("plus"), match.start("cur"), core_start) if i >= 0)
    if match.group("vague"):
        vague_low, vague_high = lex.vague[" ".join(match.group("vague").lower().split())]
        qualifier = "vague" if qualifier == "exact" else qualifier
        return [NumberExpr(start, match.end("vague"), _number(vague_low), vague_low, vague_high, qualifier, kind, unit,
                           core_start, match.end("vague"))]
    value = parse_number(match.group("num"), lex)
    if value is None:
        return []
    if match.group("neg"):
        value = -value
    first_end = _end_with_percent(match, "num", "pct", "mu")
    suffix = match.group("suffix")
    if suffix and kind in ("money", "percent") and _ADDED.match(match.string, match.start("suffix")):
        suffix = None  # "£89 plus VAT", "3% plus inflation": a sum added, not a bound
    if suffix:
        qualifier = lex.suffix_qualifiers.get(" ".join(suffix.lower().split()), qualifier)
    if not match.group("num2"):
        end = match.end("suffix") if suffix else first_end
        if kind == "count" and _metres(match):
            value, kind, unit = value / 1e6, "measure", "metres"
        return [_exact(start, end, value, qualifier, kind, unit, core_start, match.end("num"), lex)]
    second = parse_number(match.group("num2"), lex)
    sep = (match.group("sep") or "").strip().lower()
    between = (match.group("between") or "").lower()
    if between == "from" and _RANGING.search(match.string, max(0, match.start() - 20), match.start()):
        between = "between"  # "ranging from 5 to 25 percent" is an interval
    if second is not None and _is_range(value, second, sep, between) and _same_kind(match) and \
            not _after_change(match, value, second, lex):
        value = _scale_like(value, second, match, lex)
        range_start = match.start() if (match.group("qual") or between) else start
        qualifier = "range" if qualifier == "exact" else qualifier
        low: float | None
        high: float | None
        low, high = (value, second)  # "more than 1.5 to 2 degrees" keeps both bounds
        if qualifier in ("up to", "less than", "nearly"):
            low, high = None, second
        return [NumberExpr(range_start, match.end("suffix") if suffix else _end_with_percent(match, "num2", "pct2", "mu2"),
                           _number(value), low if low is None else _number(low),
                           high if high is None else _number(high), qualifier, kind, unit,
                           core_start, match.end("num2"))]
    # "50 to 48 percent": both are percentages
    kind, unit = _kind(match.group("cur"), match.group("pct"), lex, match.group("mu"))
    if match.group("pct2") and not match.group("pct") and not match.group("cur") and not match.group("mu"):
        kind, unit = _kind(None, match.group("pct2"), lex)  # "50 to 48 percent": both are percentages
    found = [_exact(start, first_end, value, qualifier, kind, unit, core_start, match.end("num"), lex)]
    if second is not None:
        start2 = match.start("cur2") if match.group("cur2") else match.start("num2")
        marked = match.group("cur2") or match.group("pct2") or match.group("mu2")
        kind2, unit2 = _kind(match.group("cur2"), match.group("pct2"), lex, match.group("mu2")) if marked else (
            _kind(match.group("cur"), match.group("pct"), lex, match.group("mu")) if _same_kind(match) else ("count", None))
        found.append(_exact(start2, _end_with_percent(match, "num2", "pct2", "mu2"), second, "exact", kind2, unit2,
                            match.start("num2"), match.end("num2"), lex))
    return found


_GLUED_M = re.compile(r"\dm$")
#: after a bare "400m" (no currency): a length ("the 400m race", "a 40m-long crack", "30m away")
_METRES_AFTER = re.compile(r"-(?:long|high|tall|deep|wide)\b|\s+(?:race|hurdles|freestyle|breaststroke|backstroke|"
                           r"butterfly|medley|relay|sprint|dash|final|heats?|title|record|long|high|tall|deep|wide|"
                           r"away|above|below|deep|underground)\b", re.IGNORECASE)
_EVENT_BEFORE = re.compile(r"\bthe\s+(?:(?:men|women|boys|girls)['’]s\s+)?$", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")


def _metres(match: re.Match) -> bool:
    """A bare "400m" with no currency is a length in metres before a word of distance ("the 400m
    race", "a 40m-long crack", "30m away") or as an event after "the" ("won the 1500m at"), not
    millions ("400m users", "the 400m people")."""
    num = match.group("num")
    if match.group("cur") or not _GLUED_M.search(num):
        return False
    text, end = match.string, match.end("num")
    if _METRES_AFTER.match(text, end) or sized_thing(text, end):  # "a 300m tower" (``metre_lengths``)
        return True
    return bool(_EVENT_BEFORE.search(text, max(0, match.start() - 20), match.start())) and \
        not _PLURAL_AFTER.match(text, end)


def _qualifier(text: str | None, lex: Lexicon) -> str:
    if not text:
        return "exact"
    return lex.qualifiers.get(" ".join(text.lower().split()), "exact")


def _kind(currency: str | None, pct: str | None, lex: Lexicon, measure: str | None = None) -> tuple[str, str | None]:
    if pct:
        return "percent", "percentage points" if "point" in pct.lower() else "percent"
    if currency:
        return "money", lex.currencies.get(currency.upper(), lex.currencies.get(currency, "dollars"))
    if measure:
        key = measure.strip()
        if key in lex.currency_suffixes:
            return "money", lex.currency_suffixes[key]
        return "measure", lex.measure_units.get(key)
    return "count", None


def _end_with_percent(match: re.Match, num: str, pct: str, measure: str) -> int:
    """A % sign and a glued unit belong to the span; the word "percent" is the unit, outside it."""
    if match.group(pct) and "%" in match.group(pct):
        return match.end(pct)
    if match.group(measure):
        return match.end(measure)
    return match.end(num)


def _marks(match: re.Match, suffix: str) -> tuple[str, ...]:
    pct = (match.group("pct" + suffix) or "").strip().lower()
    percent = ("points" if "point" in pct else "%") if pct else ""
    return tuple(x for x in (percent, (match.group("cur" + suffix) or "").upper(),
                             (match.group("mu" + suffix) or "").strip()) if x)


def _same_kind(match: re.Match) -> bool:
    """Two numbers of one kind: "6.5% to 164p" is a percentage and an amount, no range; an
    unmarked first number shares the second's mark ("1.5 to 2 per cent", "3-5 km")."""
    first = _marks(match, "")
    if not first and _YEARLIKE.fullmatch(match.group("num")) and (_marks(match, "2") or (
            _LARGE.search(match.group("num2") or "") and (match.group("between") or "").lower() != "between")):
        return False  # "from £6.2bn in 2020 to £2.9bn", "from 1.9 million in 2019 to 1.3 million": a year, then an amount
    return not first or first == _marks(match, "2") or (
        not _marks(match, "2") and bool(match.group("cur")) and not match.group("pct"))


def _after_change(match: re.Match, first: float, second: float, lex: Lexicon) -> bool:
    """"fell 4p to 151p", "jumped by 8,000 to 31,000", "cut from 70mph to 60mph": after a change
    word, "X to Y" is the change and the level reached (or the old and the new level), unless
    the two read as a range of the change ("rise by 1.5 to 2 degrees")."""
    text = match.string
    if not lex.change_before_re.search(text, max(0, match.start() - 40), match.start()) and \
            not lex.change_by_re.search(text, max(0, match.start() - 70), match.start()):
        return False
    return (match.group("between") or "").lower() == "from" or second >= 3 * first or second < first or \
        reached_level(text, match.start(), (match.group("sep") or "").strip().lower(), (first, second),
                      bool(_marks(match, "")) or not _marks(match, "2"), lex)  # "dropped by 40,000 to 115,000"


def _exact(start, end, value, qualifier, kind, unit, core_start, core_end, lex: Lexicon) -> NumberExpr:
    low, high = interval(value, qualifier, lex)
    value = _number(value)
    return NumberExpr(start, end, value, low if low is None else _number(low),
                      high if high is None else _number(high), qualifier, kind, unit, core_start, core_end)


_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
#: a number written with thousands grouped or a scale word ("41,000", "1.3 million"), never a year
_LARGE = re.compile(r",\d{3}|[A-Za-z]")
_RANGING = re.compile(r"\brang(?:e|es|ed|ing)\s+$", re.IGNORECASE)


def _is_range(first: float, second: float, sep: str, between: str) -> bool:
    if between == "between":
        return True
    if between == "from" or sep == "and":
        return False  # "from 3 to 5" reports a change, not an interval
    return first < second


def _scale_like(value: float, other: float, match: re.Match, lex: Lexicon) -> float:
    """'3 to 5 million': the first number borrows the scale of the second."""
    num = match.group("num").lower()
    num2 = (match.group("num2") or "").lower()
    if value < other and not any(s in num for s in lex.scales) and value * 1000 <= other:
        for scale, factor in sorted(lex.scales.items(), key=lambda kv: -kv[1]):
            if num2.endswith(scale) and value * factor <= other * 10:
                return value * factor
    return value


def _multiplier(match: re.Match, lex: Lexicon) -> NumberExpr | None:
    """"doubled", "sevenfold", "three times as many", "1.4 times the size"."""
    word = (match.group("word") or "").lower()
    value: float | None
    if word in lex.multipliers:
        value = lex.multipliers[word]
    elif word:
        value = parse_number(word.removesuffix("fold").rstrip("-"), lex)
    else:
        value = parse_number(match.group("n"), lex)
    if not value:
        return None
    qualifier = _qualifier(match.group("qual"), lex)
    low, high = interval(value, qualifier, lex)
    start = match.start() if match.group("qual") else match.start("mult")
    end = match.end("mult") if word else match.end("n")
    return NumberExpr(start, match.end("mult"), _number(value), low, high, qualifier, "multiplier", None,
                      match.start("mult"), end)


def _age_group(match: re.Match, lex: Lexicon) -> NumberExpr:
    """"the over-65s": people aged more than 65; "under-18s": less than 18."""
    value = float(match.group("n"))
    qualifier = _qualifier(match.group("qual"), lex)
    low, high = interval(value, qualifier, lex)
    return NumberExpr(match.start(), match.end(), value, low, high, qualifier, "age", "years",
                      match.start("n"), match.end("n"))


def _ordinal(match: re.Match, lex: Lexicon) -> NumberExpr:
    word = match.group("ord").lower()
    value = lex.ordinals.get(word)
    if value is None:
        digits = re.match(r"\d+", word)
        assert digits is not None  # the ord group is an ordinal word or digits with st/nd/rd/th
        value = int(digits.group())
    return NumberExpr(
        match.start("ord") if not match.group("qual") else match.start(), match.end("ord"),
        float(value), float(value), float(value), "exact", "ordinal", None,
        match.start("ord"), match.end("ord"), match.group("noun").lower(),
    )


_WORD_AFTER = re.compile(r"\s+[a-z]")


def _fraction(match: re.Match, lex: Lexicon) -> NumberExpr | None:
    part = match.group("part").lower()
    count_word = (match.group("count") or "").lower()
    if match.group("by") is not None and not re.search(r"\bby\s+$", match.string[max(0, match.start() - 4):match.start()]) \
            and not ("-" in match.group("frac") and _WORD_AFTER.match(match.string, match.end("frac"))):
        return None  # alone only as the size of a change, "fell by a third", or hyphened: "a two-thirds majority"
    if part in ("half", "halves") and count_word not in ("", "a", "one"):
        return None
    if lex.scale_after_re.match(match.string, match.end("frac")):
        return None  # "more than half a million": the number grammar reads it
    if not count_word and part != "half":
        return None  # "third of" alone is an ordinal use ("the third of five")
    numerator = 1.0 if count_word in ("a", "an", "one", "") else float(lex.words[count_word])
    value = round(numerator / lex.fractions[part], 4)
    start = match.start() if match.group("qual") else match.start("frac")
    qualifier = _qualifier(match.group("qual"), lex)
    low, high = interval(value, qualifier, lex)
    return NumberExpr(start, match.end("frac"), value, low, high, qualifier, "fraction", None,
                      match.start("frac"), match.end("frac"))


_RANK_BEFORE = re.compile(r"\b(?:top|bottom|the|last|first)\s+$", re.IGNORECASE)


def _ratio(match: re.Match, lex: Lexicon) -> NumberExpr | None:
    if not match.group("qual") and _RANK_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return None  # "the top four in six seasons"
    first = parse_number(match.group("a"), lex)
    second = parse_number(match.group("b"), lex)
    if not first or not second or first >= second or (second >= 1000 and "," not in match.group("b")):
        return None
    value = round(first / second, 4)
    qualifier = _qualifier(match.group("qual"), lex)
    low, high = interval(value, qualifier, lex)
    start = match.start() if match.group("qual") else match.start("a")
    return NumberExpr(start, match.end("b"), value, low, high, qualifier, "ratio", None,
                      match.start("a"), match.end("b"))
