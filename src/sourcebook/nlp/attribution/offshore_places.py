"""A place the NER took for a person's name after a preposition of place: 'went down off Fairlie Head', 'a squall
off Carrick Point', 'ran aground near Skerrow Rocks'.

``people.named_place`` takes a name ending in a place's noun for a place only when it opens with no first name,
since people are named 'Kevin Hill' or 'Ann Bay'; 'Carrick' is also a given name, and 'Head' no place's noun
('head' is a role). A headland, a reef or a point is where ships sink and run aground, so the name stayed a
person's and a later 'He said' was read as the place's. Right after 'off', 'near', 'around', 'past' or 'beyond',
a name ending in a place's or a coast's noun (``coast_nouns.txt``) is the place; not after 'at' or 'from', where
a person may stand ('aimed at Kevin Hill'), nor with a possessive ("near Ann Bay's home"). For
``relabel.relabelled``."""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import word_set

_COAST = word_set("attribution/coast_nouns")
_PLACING = frozenset(["off", "near", "around", "past", "beyond"])


def offshore_place(ent: Span, place_nouns: frozenset[str]) -> bool:
    """Whether the 'PERSON' ``ent`` is a place named after a preposition of place."""
    root = ent.root
    last = ent[-1].lower_
    return (len(ent) > 1 and root.dep_ == "pobj" and root.head.lower_ in _PLACING and root.head.i == ent.start - 1
            and (last in place_nouns or last in _COAST) and all(t.is_title for t in ent))
