"""A body's answer to a treatment: 'respond to', 'react to' or 'answer' with a treatment, a dose or
a stimulus for the thing answered (``treatment_nouns.txt``) tells how a patient, an animal, a
tumour or an illness fared, no one's words or stance ('Most patients responded well to the new
therapy', 'The tumour did not respond to chemotherapy', 'The rats reacted badly to the second dose').
A statement, a question or a critic answered stays a report ('The clinic responded to the audit')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .word_forms import listed

#: verbs of answering whose thing answered follows 'to', or is the object
_ANSWERING = frozenset(["respond", "react", "answer"])


def body_response(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` answers a treatment (see the module): its object, or the object of its 'to'
    phrase, is a noun of ``treatment_nouns.txt``."""
    if verb.lemma_.lower() not in _ANSWERING:
        return False
    answered = [c for c in children_of(verb) if c.dep_ == "dobj"]
    answered += [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    # ('responded well to the second round of treatment', 'a course of antibiotics': the treatment after a part's 'of')
    answered += [g for t in answered for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and listed(t, lex.treatment_nouns)
               for t in answered)
