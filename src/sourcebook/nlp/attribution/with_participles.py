"""A participle of saying right after the noun of a 'with' phrase, for ``participles.participle_subject``:
'The meeting ended with the chair asking the mayor whether she would run', 'The session closed with
the minister warning that X'. The noun after 'with' is the participle's own subject (an absolute
phrase), but the parser hung the participle on the main verb, so it got the main clause's subject
('the meeting'), which holds nothing. The noun is taken only when it can speak (a person, a body, a
name, a pronoun): 'ended with the alarm saying nothing' or 'with prices signalling X' give none.
A participle the parser hung on the noun itself ('with the chair asking X' read as 'chair' + 'acl')
is that noun's too when a clause of its words follows ('The bill passed, with one senator claiming that
it was rushed'); without one it is left to the rules for participles on nouns; a share ('with 52
percent saying X') to ``shares``."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .shares import share_of
from .syntax import source_like


def with_holder(lex: Lexicon, verb: Token) -> Token | None:
    """The noun of the 'with' phrase right before the participle of saying ``verb`` (see the module)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0 or verb.lemma_.lower() not in lex.speech:
        return None
    before = verb.doc[verb.i - 1]
    if before.is_punct:
        return None
    noun = next((t for t in [before, *before.ancestors] if t.dep_ == "pobj" and t.head.lower_ == "with"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if noun.i == verb.head.i:  # (hung on the noun: only with a clause of words, not 'with fans chanting his name')
        if verb.dep_ != "acl" or not any(c.dep_ == "ccomp" for c in verb.children) or share_of(noun):
            return None  # (a share's participle is ``shares``' to judge)
    elif noun.right_edge.i != verb.i - 1:
        return None
    return noun if source_like(lex, noun) else None
