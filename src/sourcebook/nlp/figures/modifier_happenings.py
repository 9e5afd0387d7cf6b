"""A happening written as the counted noun's adjective: "revised its count to 405,000 unemployed
people", "took 40 injured passengers to hospital".

A figure's predicate is its verb; when that verb names no happening of the measures table
("revised", "counted") but the counted noun carries an adjective or past participle that does
("unemployed", "injured", "displaced": a happening to people), the adjective is what happened to
them and becomes the predicate, so ``reconcile.measures`` can compare the figure. A verb that names a happening keeps
it ("40 injured soldiers were evacuated" is displaced); an '-ing' form stays out ("the 12
remaining hospitals" is no count of people trapped); so does the subject of a verb of its own ("40 displaced families
returned home": what they did, not how many were displaced).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..lexicon import happenings

__all__ = ["with_modifier_happening"]

_CLASSES = happenings()
_NAMES = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted({w for c in _CLASSES.values() for w in c["words"]},
                                                                      key=len, reverse=True)) + r")\b")
# only what happens to people: "registered voters" and "paid staffers" name no count's happening
_WORDS = frozenset(w for c in _CLASSES.values() if c.get("implies") == "people" or c.get("units") == ["people"]
                   for w in c["words"])


def with_modifier_happening(noun: Token | None, predicate: str | None) -> str | None:
    """The predicate, or the counted noun's adjective that names a happening when the predicate
    names none."""
    if noun is None or (predicate and _NAMES.search(predicate)):
        return predicate
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_ != "be":
        return predicate  # ("40 displaced families returned home": returned)
    return next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.tag_ in ("JJ", "VBN")
                 and c.i < noun.i and c.lower_ in _WORDS), predicate)
