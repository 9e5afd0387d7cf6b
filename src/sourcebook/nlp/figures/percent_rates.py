"""The period of a percentage paid or charged per year, month or week, for a figure's ``rate``: 'The Easy Saver pays
4.1% a year', 'The card charges 24.6% a year', 'returns of 12% a month' -> year, year, month. A sum's period is
``context.find_rate``'s, which reads also the words around the sum ('an annual salary of $60,000'); a percentage
takes only a period written on it, since the words around a share name no period ('Annual inflation rose to 3%'
counts a year's change, no rate per year). Not a step back in time ('74% a year earlier', '5.61% a month ago'), nor a
share of a period ('30% of the year'). Money pages state interest, fees and returns so. A count, a measure or a
duration takes a period written on it the same way ('100,000 wafers a month', '4 hours a day'), also on a unit glued
to its digits ('10cm an hour'), but not the 'per' of its own unit ('74 megabits per second')."""

from __future__ import annotations

from spacy.tokens import Token

from .figure_lexicon import Context

#: the words that make a period a step back in time ('a year earlier', 'a month ago')
_BACK = frozenset(["earlier", "ago", "before", "later", "previously", "prior", "back"])


#: the kinds of figure whose rate is only a period written on them (a sum's is ``context.find_rate``'s)
_PERIODIC = frozenset({"percent", "count", "measure", "duration"})


def written_rate(anchor: Token, kind: str, unit: str | None, ctx: Context) -> str | None:
    """The period written on the figure ``anchor`` of ``kind`` counting ``unit``, or None: not for a unit that has
    a period in it ('megabits per second') nor for kinds that are no amounts per period (ages, ranks)."""
    if kind not in _PERIODIC or " per " in (unit or ""):
        return None
    head = anchor.head
    if anchor.dep_ == "nummod" and head.i == anchor.i + 1 and head.idx == anchor.idx + len(anchor.text):
        return percent_rate(anchor, ctx) or percent_rate(head, ctx)  # '10cm an hour': the period is on the unit
    return percent_rate(anchor, ctx)


def percent_rate(anchor: Token, ctx: Context) -> str | None:
    """The period written on the percentage ``anchor`` ('4.1% a year': year, '2% per month': month), or None."""
    for child in anchor.children:
        if child.dep_ == "npadvmod" and ctx.time_units.get(child.lower_) is not None and any(
                d.lower_ in ("a", "an", "per", "each", "every") for d in child.children) and not stepped_back(child):
            return child.lower_
        if child.dep_ == "prep" and child.lower_ in ("per", "a"):
            unit = next((g for g in child.children if g.dep_ == "pobj"), None)
            if unit is not None and ctx.time_units.get(unit.lower_) is not None and not stepped_back(unit):
                return unit.lower_
    return None


def stepped_back(period: Token) -> bool:
    """Whether ``period`` steps back in time ('a year earlier', 'a month ago'): such a word on it or right after it."""
    after = period.doc[period.i + 1] if period.i + 1 < len(period.doc) else None
    return any(c.lower_ in _BACK for c in period.children) or after is not None and after.lower_ in _BACK
