"""A verb whose phrase names the happening: "6,000 teachers went on strike", "took part", "had no power", "walked out".

The predicate of a figure is its verb as written, but some verbs say nothing alone ("went",
"took") and only their prepositional phrase or object names what happened. When the verb with
that phrase is listed among the measures table's happening words ("went on strike", "took
part"), ``predicate_text`` gives the whole phrase, so ``reconcile.measures`` reads the happening.
The parser often hangs the phrase on the verb's object instead ("released 31 people on bail"): the
object's phrase counts as the verb's, since a release on bail is no release of hostages.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import happenings

__all__ = ["happening_phrase"]

_PHRASES = frozenset(w for cls in happenings().values() for w in cls["words"] if " " in w)


def happening_phrase(verb: Token) -> str | None:
    """The verb with the prepositional phrase or object after it ("went on strike"), or with the
    phrase on its object ("released 31 people on bail"), or with the adverb right after it that the
    parser read for its particle ("walked out"), when the measures table lists that phrase as a
    happening; else None."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head.i == verb.i and nxt.dep_ == "advmod" and \
            (phrase := f"{verb.lower_} {nxt.lower_}") in _PHRASES:
        return phrase  # "About 4,000 doctors walked out": 'out' read as an adverb
    for child in verb.rights:
        if child.dep_ == "dobj" and (found := _with_object(verb, child)) is not None:
            return found
        if child.dep_ == "prep" and (found := _with_phrase(verb, child)) is not None:
            return found
    for child in (c for o in verb.rights if o.dep_ == "dobj" for c in o.rights):
        if child.dep_ == "prep" and (found := _with_phrase(verb, child)) is not None:
            return found
    return None


def _with_object(verb: Token, obj: Token) -> str | None:
    """The verb with its object ("took part"), or with its particle, the object and the words before
    it ("had no electricity", "lost their homes", "knocked out power"), when the table lists that phrase."""
    particles = [t.lower_ for t in verb.rights if t.dep_ == "prt" and t.i < obj.i]
    for phrase in (f"{verb.lower_} {obj.lower_}",
                   " ".join([verb.lower_, *particles, *(t.lower_ for t in obj.lefts), obj.lower_])):
        if phrase in _PHRASES:
            return phrase
    return None


def _with_phrase(verb: Token, prep: Token) -> str | None:
    """The verb with ``prep`` and its object ("released on bail") when the table lists it."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and (phrase := f"{verb.lower_} {prep.lower_} {obj.lower_}") in _PHRASES:
            return phrase
    return None
