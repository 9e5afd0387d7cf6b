"""A verb whose phrase names the happening: "6,000 teachers went on strike", "took part".

The predicate of a figure is its verb as written, but some verbs say nothing alone ("went",
"took") and only their prepositional phrase or object names what happened. When the verb with
that phrase is listed among the measures table's happening words ("went on strike", "took
part"), ``predicate_text`` gives the whole phrase, so ``reconcile.measures`` reads the happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import happenings

__all__ = ["happening_phrase"]

_PHRASES = frozenset(w for cls in happenings().values() for w in cls["words"] if " " in w)


def happening_phrase(verb: Token) -> str | None:
    """The verb with the prepositional phrase or object after it ("went on strike"), when the
    measures table lists that phrase as a happening; else None."""
    for child in verb.rights:
        if child.dep_ == "dobj" and (phrase := f"{verb.lower_} {child.lower_}") in _PHRASES:
            return phrase
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj" and (phrase := f"{verb.lower_} {child.lower_} {obj.lower_}") in _PHRASES:
                    return phrase
    return None
