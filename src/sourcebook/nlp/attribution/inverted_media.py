"""A medium phrase that closes a speaker's phrase after an inverted cue: where the words were given, not who
spoke (``occasions`` ends the source before it).

'"We will appeal," said the mayor in a statement.', '"A triumph," says the poet Ana Ruiz on its cover.', '"The
fares will fall," said Ivo Stern on Twitter.': after the cue the parser hangs an 'in' or 'on' phrase of a
statement, a speech, a piece of writing or one of its parts, or a platform on the speaker's noun, though it says
where the words were said or written. Only 'in' or 'on' with a noun of saying or writing (``speech_nouns``,
``written_nouns``, ``written_parts.txt``) or a platform (``platforms.txt``), not set off (``occasions`` reads a
set-off phrase), and only after the cue: before it a phrase may say who the source is ('The author of the memo
said', 'a staffer on the campaign said'); no time ('in the 1990s') and no body ('said a lawyer in the case').
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import active_lexicon

#: the prepositions of a medium ('in a statement', 'on Twitter', 'on the cover')
MEDIUM_PREPS = frozenset(["in", "on"])
#: the parts of a piece of writing ("in her afterword", "on its cover")
_PARTS = word_set("attribution/written_parts")


def medium_after_inverted_speaker(token: Token, source: Token, set_off: bool) -> bool:
    """Whether ``token``, a preposition hung on the phrase of ``source`` right after its cue, names the medium the
    words were given in ('said the mayor in a statement': 'in a statement')."""
    if set_off or token.dep_ != "prep" or token.lower_ not in MEDIUM_PREPS:
        return False
    if not on_inverted_source(token, source):
        return False
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME", "PERSON", "NORP"):
        return False
    lex = active_lexicon()
    lemma = pobj.lemma_.lower()
    if lemma in lex.platforms or pobj.lower_ in lex.platforms:
        return True  # 'on Twitter', 'on Facebook'
    if bare_idiom(pobj):
        return False  # an idiom of a bare noun is who the speaker is: 'the officer in charge of X', 'the lawyer in question'
    return pobj.ent_type_ == "" and (lemma in lex.speech_nouns or lemma in lex.written_nouns or lemma in _PARTS)


def bare_idiom(pobj: Token) -> bool:
    """Whether a preposition's object is a bare singular noun, with no article nor possessive: an idiom ('in
    question', 'in charge', 'in response'), no medium the words were given in (``verbs.medium_of`` asks too:
    'retweeted the image in question')."""
    return pobj.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in pobj.children)


def on_inverted_source(token: Token, source: Token) -> bool:
    """Whether ``token`` hangs on ``source``, the subject after its cue, or on the name set beside it ('said the
    mayor in a statement', 'said the economist Ivo Stern at a conference'; ``placed_speakers`` asks too)."""
    return source.dep_ == "nsubj" and source.head.i < source.i and source.head.pos_ in ("VERB", "AUX") and (
        token.head.i == source.i or token.head.dep_ == "appos" and token.head.head.i == source.i)
