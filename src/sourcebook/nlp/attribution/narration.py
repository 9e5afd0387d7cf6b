"""Clauses after a report that are the writer's narration beside it, not what was reported: another's
statement set beside it with 'as' ('vowed X as the utility unveiled a plan') and a concession about the
reporter ('said X, though he stopped short of Y'). ``tails.without_writer_tail`` cuts them off.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def report_alongside(lex: Lexicon, child: Token) -> bool:
    """'asked consumers to conserve electricity as forecasters predicted X': an 'as' clause whose subject of its
    own reports or unveils something is another's statement the writer sets beside the report (not 'as expected')."""
    return child.left_edge.lower_ == "as" and child.left_edge.dep_ == "mark" and (
        child.lemma_.lower() in lex.cue_verbs | lex.writing_verbs | lex.poll_verbs) and all(
        any(c.dep_ in deps for c in child.children) for deps in (("nsubj", "nsubjpass"), ("dobj", "ccomp")))


def of_the_reporter(clause: Token, child: Token) -> bool:
    """'DeLuca said the authority would consider refunds, though he stopped short of promising it': a
    concession whose subject is a pronoun for the reporter describes the reporter's act, in the writer's words (a state
    is what was said: 'Ryan has said he is not ready to endorse Trump, even though he is the lone Republican left')."""
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
    if reporter is None or subject is None or subject.lower_ not in ("he", "she", "they") or child.lemma_ in ("be", "have"):
        return False
    plural = reporter.lower_ in ("they", "we") or reporter.tag_ in ("NNS", "NNPS")
    return (subject.lower_ == "they") == plural and (
        plural or reporter.lower_ == subject.lower_ or reporter.ent_type_ == "PERSON")
