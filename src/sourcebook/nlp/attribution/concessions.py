"""A verb of saying joined by 'but' to the clause a verb of conceding reports: the 'but' sets the
reporter's next act against what was conceded, so it is the reporter's report, not the conceded
clause's subject's, for ``tails.second_report`` ('The coach conceded that the referee had seen the
foul but implied that the linesman was to blame': the coach implied; 'The firm acknowledged that its
chief has given paid talks but declined to list the fees': the firm declined). The parser hangs the
verb on the conceded clause, and a clause in the perfect would otherwise lend it its subject."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import Lexicon

_CONCEDING = word_set("attribution/concession_verbs")


def set_against_a_concession(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``, a cue verb with no subject of its own, is joined by 'but' to a clause that a
    verb of conceding reports (not 'said X but Y', nor 'admitted the plan had flaws but still works',
    whose verb gives no report)."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _CONCEDING:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in lex.cue_verbs and lemma not in lex.refusal_verbs or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    cc = next((c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < verb.i), None)
    return cc is not None and cc.lower_ == "but"
