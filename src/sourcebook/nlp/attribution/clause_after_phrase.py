"""A phrase's object that is the subject of the clause right after it, which the parser read as a preposition's object
and left the clause's verb without a subject: 'apologised after a post about flood victims drew angry replies'.

The clause ('a post about flood victims drew angry replies') says what happened before the speaker spoke, and its
subject's 'about' phrase is no topic of the cue's: 'spoke at a rally about X' gives a topic, 'apologised after a
speech about farmers drew complaints' gives none. A verb with no subject of its own hung on the cue as an
adverbial clause, starting right after the phrase, marks it.
"""

from __future__ import annotations

from spacy.tokens import Token


def subject_of_the_next_clause(verb: Token, phrase: Token) -> bool:
    """Whether the preposition ``phrase`` of the cue ``verb`` has for object the subject of a clause right after it
    that the parser hung on the cue with no subject."""
    after = phrase.right_edge.i + 1
    return any(c.dep_ == "advcl" and c.left_edge.i == after and c.pos_ in ("VERB", "AUX") and not any(
        g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children) for c in verb.children)
