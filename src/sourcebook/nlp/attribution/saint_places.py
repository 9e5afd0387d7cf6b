"""A saint's name in a place's name ('St Ebba's Church', 'at St Ebba's', "St Mark's Hospital") that the NER
took for a person's.

A church, school or hospital named after a saint is written 'St X's', with or without the noun after it,
and the small model tags 'St Ebba's' a 'PERSON' as often as not: the saint then became a person of the
story, a speaker ('St Ebba's Church Warns Of Closure' read as 'St Ebba' warning) or someone 'she' could
take up. No one of a story is named 'St' and a possessive: 'St' or 'Saint' opening the entity with a
capitalised name and the possessive right after it names a place ('FAC', as the NER tags buildings). A
surname that opens with 'St' after a title or a given name ('Ms St Clair's') opens no entity of its own
and is left a person's. For ``relabel.relabelled``."""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import word_set

#: the words for 'saint' that open a place's name
_SAINTS = word_set("attribution/saint_words")
#: the titles before a surname that opens with 'St' ('Ms St Clair')
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "cllr"])


def saint_place(ent: Span) -> bool:
    """Whether the 'PERSON' ``ent`` is a saint's name that names a place: 'St' and a capitalised name
    with the possessive ("St Ebba's", "St Mark's" of "St Mark's Hospital")."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[0].lower_.rstrip(".") not in _SAINTS or not ent[0].text[:1].isupper():
        return False
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _TITLES:
        return False
    # the name's words, then the possessive inside the entity or right after it
    k = next((i for i in range(ent.start + 1, min(ent.end + 1, len(doc))) if doc[i].tag_ == "POS"), None)
    return k is not None and k > ent.start + 1 and all(
        doc[i].text[:1].isupper() and doc[i].is_alpha for i in range(ent.start + 1, k))
