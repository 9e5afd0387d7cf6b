"""A verb of saying whose clause the parser hung on the noun of its 'with' phrase: 'The panel said with
high confidence that X', 'Investigators stated with certainty that Y'. The noun says how sure the report
is, no report of its own: the cue runs from the verb to the noun ('said with high confidence') and the
report is the verb's, a speech act as sure as any verb's (the noun alone was read as a belief and often
left below the ranker's threshold, the verb losing its clause). Tried by ``nouns.noun_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import SPEECH, Candidate
from .lexicon import Lexicon


def said_with(lex: Lexicon, noun: Token, cand: Candidate) -> Candidate:
    """``cand``, the noun's report with a that-clause, as its verb of saying's when the noun is the object
    of a 'with' right on that verb, before the noun, with no clause of the verb's own."""
    prep = noun.head
    verb = prep.head
    if (noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with" or verb.pos_ != "VERB"
            or not verb.i < prep.i or verb.lemma_.lower() not in lex.speech
            or any(c.dep_ == "ccomp" for c in verb.children)):
        return cand
    cand.cue = (verb.idx, noun.idx + len(noun))
    cand.nature, cand.confidence, cand.verb = SPEECH, 0.8, verb.i
    return cand
