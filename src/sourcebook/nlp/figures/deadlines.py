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
for a target.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from ..lexicon import entries, table
from .frames import DEADLINE as _DEADLINE

__all__ = ["ahead", "to_come"]

_TO_COME = frozenset({"will", "would", "shall", "must", "should", "'ll", "to"})
_WEEKDAYS = tuple(entries(table("calendar")["weekdays"]))


def ahead(predicate: Token | None, written: str | None, start: str | None, end: str | None,
          published: str | None) -> tuple[str | None, str | None]:
    """(start, end) of a figure's time, the deadline moved after ``published`` when the
    figure's verb is still to come; else unchanged."""
    low = (written or "").lower()
    if predicate is None or not published or not end or not low.startswith(_DEADLINE):
        return start, end
    pub, last = dt.date.fromisoformat(published), dt.date.fromisoformat(end)
    if not to_come(predicate):
        if last > pub and (last.year, last.month) == (pub.year, pub.month):
            return start, published  # "By March, 5,000 had fled" in a March paper: so far
        return start, end  # ("has promised 1,000 buses by the end of the decade": a promise's deadline)
    step = relativedelta(weeks=1) if any(day in low for day in _WEEKDAYS) else relativedelta(years=1)
    if last >= pub:
        return start, end
    while last < pub:
        last += step
    return None, last.isoformat()


def to_come(verb: Token) -> bool:
    """An infinitive or a verb with "will", "must", "to": "to evacuate", "will clear"; not a base form after
    "did" or "does", a past or a present ("Crews did not clear 400 homes by June")."""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children):
        return False
    return verb.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _TO_COME for c in verb.children)
