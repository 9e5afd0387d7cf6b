"""A deadline of something still to be done lies ahead of the publication date.

"The army wants to evacuate 10,000 people by Friday", "crews will clear 400 homes by June":
``timex`` reads a bare "by Friday" or "by June" as the last such day or month on or before
the publication date (right for "by June, 300 had fled"), so a target would be taken for a
count of the past. When the figure's verb is yet to happen (an infinitive, "will", "must"),
``ahead`` moves such a deadline to the next such day or month and drops its start, as
"by 2031" already is: ``reconcile.measures`` then keeps the target out of every verdict. A
total reached by a time has no start either ("By Friday, 300 had fled", "By March, 5,000 had
fled": up to that Friday, up to March's end); when its verb is done and the month named is the
paper's own, it ends on the publication date ("by March" in a March paper), or it would be taken
for a target; "until" keeps its day ("were remanded in custody until 14 June" in a June paper).
"Will open 40 stores within five years" is a deadline five years after the paper's day ("will reach 60
villages within 48 hours" runs from the paper's day, whose hour is not known, to the day the hours reach, in
whole days); after a verb of the past ("Within two years, the scheme
cut waiting times") it counts from a day the story tells of and stays no date.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from ..lexicon import count_words, entries, table, word_set
from .frames import DEADLINE as _DEADLINE
from .frames import whole_days

__all__ = ["ahead", "to_come"]

_TO_COME = frozenset({"will", "would", "shall", "must", "should", "'ll", "to"})
_WEEKDAYS = tuple(entries(table("calendar")["weekdays"]))
_WITHIN = re.compile(r"within (\w+) (minute|hour|day|week|month|year|decade)s?")
_UNITS = {"day": relativedelta(days=1), "week": relativedelta(weeks=1), "month": relativedelta(months=1),
          "year": relativedelta(years=1), "decade": relativedelta(years=10)}


def ahead(predicate: Token | None, written: str | None, start: str | None, end: str | None,
          published: str | None) -> tuple[str | None, str | None]:
    """(start, end) of a figure's time, the deadline moved after ``published`` when the
    figure's verb is still to come; else unchanged."""
    low = (written or "").lower()
    if predicate is not None and published and (within := _WITHIN.fullmatch(" ".join(low.split()))):
        return _within(within, predicate, start, end, published)
    if predicate is None or not published or not end or not low.startswith(_DEADLINE):
        return start, end
    pub, last = dt.date.fromisoformat(published[:10]), dt.date.fromisoformat(end)
    if not to_come(predicate):
        if last > pub and (last.year, last.month) == (pub.year, pub.month) and low.startswith("by "):
            return start, published  # "By March, 5,000 had fled" in a March paper: so far
        return start, end  # ("has promised 1,000 buses by the end of the decade": a promise's deadline)
    step = relativedelta(weeks=1) if any(day in low for day in _WEEKDAYS) else relativedelta(years=1)
    if last >= pub:
        return start, end
    while last < pub:
        last += step
    return None, last.isoformat()


def _within(found: re.Match, predicate: Token, start: str | None, end: str | None,
            published: str) -> tuple[str | None, str | None]:
    """"will open 40 stores within five years": a deadline that many years after the paper's day; "Within
    two years, the scheme cut waiting times" counts from a day the story tells of, no date."""
    if not to_come(predicate):
        return start, end
    counts = count_words()
    amount = 1 if found.group(1) in ("a", "an") else \
        int(found.group(1)) if found.group(1).isdigit() else int(counts.get(found.group(1)) or 0)
    if not amount:
        return start, end
    pub = dt.date.fromisoformat(published[:10])
    if found.group(2) in ("minute", "hour"):  # hours from the paper's day, whose hour is not known
        last = pub + dt.timedelta(days=whole_days(amount / 60 if found.group(2) == "minute" else amount))
        return pub.isoformat(), last.isoformat()
    last = pub + _UNITS[found.group(2)] * amount
    return None, last.isoformat()


def to_come(verb: Token) -> bool:
    """An infinitive or a verb with "will", "must", "to": "to evacuate", "will clear", or a verb of planning
    in the present ("plans 70 shelters", ``figures/plan_verbs``); not a base form after "did" or "does", a
    past or another present ("Crews did not clear 400 homes by June")."""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in word_set("figures/plan_verbs"):
        return True  # "plans 70 shelters by the spring", "expects a profit of £30m in Q1"
    return verb.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _TO_COME for c in verb.children)
