"""A place the NER took for a person's name before a hyphen and a word of origin: 'the Glasgow-born singer', 'a
Leeds-raised chef', 'the Kelby-based firm'.

The tokenizer splits 'Glasgow-born' at its hyphens, and the small model may tag the place alone a 'PERSON', so that
the article's next 'she said' was read as the place's words ('Glasgow'). A name joined by a hyphen to a word of
origin or seat (``origin_words.txt``: 'born', 'bred', 'raised', 'based') says where someone comes from or works,
never who speaks. Only a name closing right before the hyphen, with no space: 'Ana Ruiz - born in 1950' is a
person. For ``relabel.relabelled``."""

from __future__ import annotations

from spacy.tokens import Span

from ..lexicon import word_set
from .hyphens import HYPHENS

_ORIGINS = word_set("attribution/origin_words")


def born_place(ent: Span) -> bool:
    """Whether the entity ``ent`` is a place joined by a hyphen to a word of origin after it ('Glasgow-born')."""
    doc = ent.doc
    if ent.end + 1 >= len(doc):
        return False
    hyphen, word = doc[ent.end], doc[ent.end + 1]
    return hyphen.text in HYPHENS and not ent[-1].whitespace_ and not hyphen.whitespace_ and word.lower_ in _ORIGINS
