"""A place opened to the public, a ribbon cut and no words (for ``senses.other_sense``): 'open' or 'reopen' with a
building, a ward, a unit or a road for its object or for its passive's subject ('The hospice was opened in 1986 by
a group of local doctors', 'The minister opened the new clinic'; ``opened_places.txt``). Health and local news tell of
wards and clinics opened by a dignitary; PolNeAR marks none of its passive 'was opened by'. Not an inquiry, talks
or a door opened to something ('Police opened an investigation', 'opened the door to a deal'), which are reports,
nor 'opened up about X'."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of

_PLACES = word_set("attribution/opened_places")
_OPEN = frozenset(["open", "reopen"])


def place_opened(verb: Token) -> bool:
    """Whether ``verb`` is 'open' with a place for its object or its passive's subject ('was opened by the mayor')."""
    return verb.lemma_.lower() in _OPEN and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PLACES for c in children_of(verb))
