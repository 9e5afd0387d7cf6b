"""A past form of a cue opening the sentence with an infinitive after it: 'Said to be worth $5m,
the house sits on a cliff', 'Thought to date from 1700, the bridge ...'. It is the passive of
hearsay ('the house is said to be worth $5m'): the main clause's subject is what the report is
about, not who made it. The parser tags the past form as a verb in the past (not a participle),
so ``verbs._passive`` did not see a passive and gave the report the main clause's subject; the
cue is passive with no one named as its source. A bare form opening the sentence so ('Say what
you will, the team played well') bids the reader: no cue at all (``noncues.not_a_cue``)."""

from __future__ import annotations

from spacy.tokens import Token


def hearsay_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past form with no subject or auxiliary of its own opening its
    sentence before the main clause, with a to-infinitive after it ('Said to be X, the Y ...')."""
    if verb.tag_ not in ("VBD", "VBN") or not _opens_before_main(verb):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and c.i > verb.i and any(a.tag_ == "TO" for a in c.children) for c in verb.children)


def imperative_opener(verb: Token) -> bool:
    """Whether ``verb`` is a bare form with no subject or auxiliary of its own opening its sentence
    before the main clause ('Say what you will, the team played well'): a bidding or a concession
    to the reader, no report by the main clause's subject."""
    if verb.tag_ != "VB" or not _opens_before_main(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children)


def _opens_before_main(verb: Token) -> bool:
    """Whether ``verb`` is the first word of its sentence, in a clause hung on the main verb after it."""
    return verb.dep_ == "advcl" and verb.head.i >= verb.i and verb.i == verb.sent.start
