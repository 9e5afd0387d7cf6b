"""A day or a month of something still to come lies after the publication date.

``timex`` reads a bare weekday or month as the last one on or before the publication date
("on Thursday" in a Wednesday paper is the Thursday before, "in March" in June this year's
March), which is right for what has happened. "The council will vote on 350 homes on
Thursday", "the museum will reopen three galleries in March", "fares will rise 4% from
January" tell of the next one: when the figure's verb is still to come and the time hangs on
it, ``coming`` moves the period to the next such day or month ("from" keeps no end); not the
paper's own month, still partly to come ("will reopen in March" on 9 March).
Deadlines ("by June") are ``deadlines.ahead``'s. A step of a story ("the next day", ``story_steps``) counted
from a day ``timex`` read as past, on a verb with "will" ("The clinic will open on Monday and the next day will
see 200 patients"), is a step from a day still to come that the paper's past day cannot date: it keeps no dates.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from .deadlines import to_come
from .story_steps import is_step
from .timex import words

__all__ = ["coming"]

#: a weekday or a month without its year or day, as ``timex`` writes them ("on Thursday", "in early March")
#: the future of a plan, not of a story told in the past ("would", "to": "the next year it would employ 350")
_WILL = frozenset({"will", "shall", "'ll", "wo"})
_BARE = re.compile(r"(?:(?:on|in|from|this|early|late|mid-?|in\s+(?:early|late))\s*)?([a-z]+)\.?", re.IGNORECASE)


def coming(predicate: Token | None, written: str | None, start: str | None, end: str | None,
           published: str | None) -> tuple[str | None, str | None]:
    """(start, end) of a figure's time, moved after ``published`` when the figure's verb is
    still to come; else unchanged."""
    if predicate is not None and end and published and end < published and is_step(written) and any(
            c.dep_ == "aux" and c.lower_ in _WILL for c in predicate.children):
        return None, None  # "will open on Monday and the next day will see 200": not the day after last Monday
    bare = _BARE.fullmatch(written or "")
    if predicate is None or bare is None or not start or not published or not _calendar(bare.group(1).lower()):
        return start, end
    first, pub = dt.date.fromisoformat(start), dt.date.fromisoformat(published)
    if first >= pub or not to_come(predicate):
        return start, end
    if end and not bare.group(0).lower().startswith("from ") and dt.date.fromisoformat(end) >= pub:
        return start, end  # (the paper's own month is still partly to come: "will reopen in March" on 9 March)
    doc = predicate.doc
    if not any(doc[c.left_edge.i:c.right_edge.i + 1].text == written for c in predicate.children):
        return start, end  # "the plan to cut 300 jobs was announced on Monday", "less than forecast in July"
    last = dt.date.fromisoformat(end) if end else first
    step = relativedelta(weeks=1) if (last - first).days == 0 else relativedelta(years=1)
    while first < pub:
        first, last = first + step, last + step
        if step.years:
            last = first + relativedelta(months=1, days=-1)  # (February's end)
    if bare.group(0).lower().startswith("from "):
        return first.isoformat(), None  # "will rise 4% from January": on from then
    return first.isoformat(), last.isoformat()


def _calendar(word: str) -> bool:
    lex = words()
    return word in lex.months or word in lex.weekdays
