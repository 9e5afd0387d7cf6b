"""A thing that asks for what it needs, or asks the reader to act: 'The pattern asks for a cable every fourth
row', 'The form asks for your postcode', 'The game asks you to find twelve keys'. A thing that cannot hold a
statement (``syntax.source_like``: not 'the petition', 'the bill' or 'the survey', documents that ask) makes no
request; as 'the recipe calls for flour' is no stance. Not a place or a body the rule for things misses ('the
county has not asked for a quote', 'the city asked for aid'), and only 'ask for' and 'ask you to': 'a quiz asked
readers to guess X' is a questionnaire's question, and a thing that 'says to X' keeps its words, as a text's
('The recipe card says to bake for forty minutes'). For ``mute.holds_nothing``."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of
from .lexicon import Lexicon
from .syntax import source_like

#: places and bodies, which ask for things in the news ('the county asked for federal aid')
_BODIES = (word_set("place_glue_words") | word_set("place_nouns") | word_set("group_role_nouns")
           | word_set("attribution/organisation_words") | frozenset(["town", "village", "country", "nation", "firm"]))


def thing_request(lex: Lexicon, verb: Token, subject: Token) -> bool:
    """Whether ``verb`` is 'ask for X' or 'ask you to X' with a thing for ``subject``."""
    if verb.lemma_.lower() != "ask" or subject.pos_ != "NOUN" or subject.head.i != verb.i:
        return False
    if subject.lemma_.lower() in _BODIES or subject.lower_ in _BODIES:
        return False
    asked = any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("dobj", "nsubj") and c.lower_ == "you"
                for c in children_of(verb))
    return asked and not source_like(lex, subject)
