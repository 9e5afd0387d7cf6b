"""Who can hold an attitude or take a side: a subject ``syntax.source_like`` passes that is not a
document, a law, a ruling or a plan (``source_nouns.txt``'s +measure), a made thing, nor a thing
that says nothing (``mute_subjects.txt``). A report or a law can say X, but it is not 'interested
in' X, 'uneasy about' X nor 'opposed to him' ('The law is hostile to unions', 'The treaty opposes
it'); 'The film is interested in silence', 'Older browsers do not support it', 'The magnets oppose
it' take no stance. Read by ``attitude_adjectives`` and ``backed_pronouns``, whose cues have no
clause of their own to vouch for a speaker."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like


def holds_views(lex: Lexicon, token: Token) -> bool:
    """Whether the subject ``token`` can hold an attitude or take a side (see the module)."""
    if not source_like(lex, token):
        return False
    if token.pos_ != "NOUN" or token.ent_type_:
        return True
    words = (token.lemma_.lower(), token.lower_)
    things = (lex.document_nouns, lex.measure_nouns, lex.artefact_nouns, lex.mute_subjects)
    return not any(w in nouns for w in words for nouns in things)
