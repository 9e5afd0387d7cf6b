"""A day or a month of something still to come lies after the publication date.

``timex`` reads a bare weekday or month as the last one on or before the publication date
("on Thursday" in a Wednesday paper is the Thursday before, "in March" in June this year's
March), which is right for what has happened. "The council will vote on 350 homes on
Thursday", "the museum will reopen three galleries in March", "fares will rise 4% from
January" tell of the next one: when the figure's verb is still to come and the time hangs on
it, ``coming`` moves the period to the next such day or month ("from" keeps no end), a weekday also on
a verb in the present, as news writes schedules ("Polls open on Thursday", "are arriving on Sunday":
``schedules``) and with its part of the day ("will vote on Monday evening"); not the
paper's own month, still partly to come ("will reopen in March" on 9 March). So with a quarter or
a span of months named without its year ("will deliver 700 buses in the fourth quarter" in
September, "will spend £75m from April to September" in December) and a holiday ("will open on New
Year's Day" in December, ``holidays``), and a day of a month without its year ("will be sentenced on
24 April" in a May paper): the next such one, unless the quarter or the span ended
less than two months before the paper ("will report results for the second quarter" in July). A clause of
"when" on the time is what happens then ("is due to start on 2 February, when 11 defendants will appear"): the
time hangs on its figure, and a verb still to come either side moves it.
Deadlines ("by June") are ``deadlines.ahead``'s. A step of a story ("the next day", ``story_steps``) counted
from a day ``timex`` read as past, on a verb with "will" ("The clinic will open on Monday and the next day will
see 200 patients"), is a step from a day still to come that the paper's past day cannot date: it keeps no dates.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from ..lexicon import word_set
from .deadlines import to_come
from .holidays import holiday
from .schedules import scheduled
from .story_steps import is_step
from .timex import words

__all__ = ["coming"]

#: a weekday or a month without its year or day, as ``timex`` writes them ("on Thursday", "in early March")
#: the future of a plan, not of a story told in the past ("would", "to": "the next year it would employ 350")
_WILL = frozenset({"will", "shall", "'ll", "wo"})
_BARE = re.compile(r"(?:(?:on|in|from|this|early|late|mid-?|in\s+(?:early|late))\s*)?([a-z]+)\.?", re.IGNORECASE)
#: a quarter, or a span of months, without its year ("in the fourth quarter", "in Q1", "between January and March")
_YEARLESS = re.compile(r"(?:in|during|for|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|1st|2nd|3rd|"
                       r"4th)\s+quarter|q[1-4])|(?:between|from)\s+([a-z]+)\.?\s+(?:and|to|through|until)\s+([a-z]+)\.?",
                       re.IGNORECASE)

#: a day of a month without its year ("on 2 February", "on Friday, 24 April", "on April 24"): the next one, a year on
_DATED = re.compile(r"(?:on\s+)?(?:[a-z]+,?\s+)??(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?|"
                    r"([a-z]+)\.?\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)", re.IGNORECASE)

#: a quarter or a span that ended this little before the paper is the one just over, whose results are to come
_JUST_OVER = relativedelta(months=2)


def coming(predicate: Token | None, written: str | None, start: str | None, end: str | None,
           published: str | None) -> tuple[str | None, str | None]:
    """(start, end) of a figure's time, moved after ``published`` when the figure's verb is
    still to come; else unchanged."""
    if predicate is not None and end and published and end < published and is_step(written) and any(
            c.dep_ == "aux" and c.lower_ in _WILL for c in predicate.children):
        return None, None  # "will open on Monday and the next day will see 200": not the day after last Monday
    bare = _BARE.fullmatch(written or "")
    span = _YEARLESS.fullmatch(written or "")
    if bare is not None and _calendar(bare.group(1).lower()):
        yearless = False
    elif (dated := _DATED.fullmatch(written or "")) is not None and \
            (dated.group(1) or dated.group(2) or "").lower() in words().months:
        yearless = True  # "will be sentenced on 24 April" in a May paper: next April
    elif written and holiday(written):
        yearless = True  # "will open on New Year's Day": the next one, a year on
    elif span is not None and all(_calendar(w.lower()) for w in span.groups() if w):
        yearless = True
        if end and published and dt.date.fromisoformat(published[:10]) <= dt.date.fromisoformat(end) + _JUST_OVER:
            return start, end  # just over: "will report its results for the second quarter" in July
    else:
        return start, end
    if predicate is None or not written or not start or not published:
        return start, end
    first, pub = dt.date.fromisoformat(start), dt.date.fromisoformat(published[:10])
    weekday = bare is not None and bare.group(1).lower() in words().weekdays
    verb = _told_of(predicate, written) or predicate  # ("on 2 February, when 11 defendants will appear")
    if first >= pub or not (to_come(predicate) or to_come(verb) or weekday and scheduled(predicate)):
        return start, end
    if end and (yearless or not written.lower().startswith("from ")) and dt.date.fromisoformat(end) >= pub:
        return start, end  # (the paper's own month is still partly to come: "will reopen in March" on 9 March)
    if not _hangs_on(predicate, written):
        return start, end  # "the plan to cut 300 jobs was announced on Monday", "less than forecast in July"
    last = dt.date.fromisoformat(end) if end else first
    step = relativedelta(weeks=1) if (last - first).days == 0 and not yearless else relativedelta(years=1)
    month_end = (last + dt.timedelta(days=1)).day == 1
    while first < pub:
        first, last = first + step, last + step
        if step.years and month_end:
            last = last.replace(day=1) + relativedelta(months=1, days=-1)  # (February's end)
    if not yearless and written.lower().startswith("from "):
        return first.isoformat(), None  # "will rise 4% from January": on from then
    return first.isoformat(), last.isoformat()


def _hangs_on(predicate: Token, written: str) -> bool:
    """Whether the time as written is a phrase of the predicate's own clause: hung on it, or on a noun of
    its clause with no other verb between ("will be closed to 40 ships between January and March"); not right
    after a verb of the past."""
    doc = predicate.doc
    if _told_of(predicate, written) is not None:
        return True
    parts = word_set("figures/day_parts")
    for token in predicate.subtree:
        phrase = doc[token.left_edge.i:token.right_edge.i + 1]
        if token.i == predicate.i or phrase.text != written and not (  # ("on Monday evening": its weekday)
                phrase[-1].lower_ in parts and doc[phrase.start:phrase.end - 1].text == written):
            continue
        if phrase.start and doc[phrase.start - 1].tag_ == "VBD" and phrase.start - 1 != predicate.i:
            return False  # "said on Wednesday it is cutting 700 jobs": the past verb's day, however it was hung
        head = token.head
        while head.i != predicate.i and (head.pos_ not in ("VERB", "AUX") or head.dep_ == "xcomp") and \
                head.head.i != head.i:  # ("are set to strike on Tuesday": the verb the predicate completes)
            head = head.head
        return head.i == predicate.i
    return False


def _told_of(predicate: Token, written: str) -> Token | None:
    """The verb a time hangs on when a clause of "when" on the time itself has the figure ("is due to start on 2
    February, when 11 defendants will appear": start): the clause tells what happens on that day; through the
    verbs the predicate completes ("when 30 witnesses are expected to give evidence")."""
    while predicate.dep_ == "xcomp" and predicate.head.i != predicate.i:
        predicate = predicate.head
    head = predicate.head
    if predicate.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in predicate.children):
        return None
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head if predicate.doc[prep.i:head.i + 1].text == written else None


def _calendar(word: str) -> bool:
    lex = words()
    return word in lex.months or word in lex.weekdays
