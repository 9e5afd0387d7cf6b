"""The period of a rate that the parser hangs on the verb right after the figure: 'School transport costs the county
£42m a year', 'The council will spend £3m a year on street lighting' -> year. ``money.find_rate`` and
``percent_rates.written_rate`` read a period only on the figure's own words, so a sum, a share or a count whose 'a
year' went to its verb was read as a total. Only a period that opens right where the figure's phrase ends is read,
with 'a', 'an', 'per', 'each' or 'every' on it ('spent £3m on lighting this year' states no rate), and not a step back
in time ('made 9,000 cars a year earlier')."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .percent_rates import stepped_back

__all__ = ["verb_period"]

#: the words that make a period after a figure a period per which it counts ('a year', 'each month')
_PER = frozenset({"a", "an", "per", "each", "every"})
#: the links that keep a token inside the figure's phrase ('£', '42' and 'm' of '£42m')
_IN_PHRASE = frozenset({"nummod", "compound", "quantmod", "nmod"})
#: the kinds of figure counted per a period (not ages nor ranks)
_RATED = frozenset({"money", "percent", "count", "measure", "duration"})


def verb_period(anchor: Token, kind: str, unit: str | None, ctx: Context) -> str | None:
    """The period hung on the verb of the figure ``anchor`` of ``kind`` counting ``unit`` right after its phrase,
    or None; none for a unit with a period of its own ('megabits per second')."""
    if kind not in _RATED or " per " in (unit or ""):
        return None
    phrase = anchor
    while phrase.dep_ in _IN_PHRASE and phrase.head.i != phrase.i:
        phrase = phrase.head
    verb = phrase.head
    if verb.i == phrase.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    after = phrase.right_edge.i + 1
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.left_edge.i == after and ctx.time_units.get(child.lower_) is not None \
                and any(d.lower_ in _PER for d in child.children) and not stepped_back(child):
            return child.lower_
    return None
