"""A bare adjective or participle set off by commas between a speaker and the cue: 'the chairman,
clearly angry, said', 'the coach, exhausted, said', 'the guard, laughing, replied' (and a participle the tagger read as a
noun, 'Judge Ames, dissenting, wrote'). The parser may hang
it on the speaker's noun (an 'amod', 'acl' or 'appos') rather than read a clause as
``stranded_quotes.subject_of_an_aside`` does; it tells the speaker's state while speaking, not who
spoke, so the source ends before it (``occasions``). Only a word with nothing of its own but an
adverb before it ('clearly'), closed by a comma right before a verb: 'the minister, responsible for
schools, said' (an object of its own) and 'the guard, 64, said' (no adjective) keep their words."""

from __future__ import annotations

from spacy.tokens import Token

from .stranded_quotes import ASIDE_TAGS  # (a bare state: an adjective or a participle)

#: how the parser hangs the state on the speaker's noun (a 'relcl' too before a verb with an object:
#: 'the treasurer, clearly frustrated, told reporters'; with nothing of its own it is no relative clause)
_READINGS = frozenset(["amod", "acl", "appos", "relcl"])


def state_before_the_cue(token: Token, source: Token, set_off: bool) -> bool:
    """Whether ``token`` is a bare adjective or participle set off by commas after ``source``'s head
    and right before a verb ('the chairman, clearly angry, said')."""
    if not set_off or token.head.i != source.i or token.dep_ not in _READINGS or token.tag_ not in ASIDE_TAGS and not (
            token.tag_ == "NN" and token.is_lower and token.lower_.endswith("ing")):  # ('Judge Ames, dissenting, wrote'
        return False  # read as a noun)
    doc = token.doc
    if any(not (c.dep_ == "advmod" and c.i < token.i) and not c.is_punct for c in token.children):
        return False
    comma = token.i + 1
    return comma + 1 < len(doc) and doc[comma].text == "," and doc[comma + 1].pos_ == "VERB"
