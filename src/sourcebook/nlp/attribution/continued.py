"""Whether a clause the parser joined to a cue after its reported clause goes on with what was reported, by its
tense: a clause in the report's shifted tense with a subject of its own ('said the assessor had visited twice but
she had not received a report'), not the reporter's own refusal in that tense ('said the government remained
committed to the plan, but would not say how much it would cost'). ``content._clauses`` asks.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .lexicon import Lexicon
from .narration import unverified
from .tails import REPORT_JOINS, in_shifted_tense


def goes_on_shifted(lex: Lexicon, conj: Token) -> bool:
    """A verb in the reported clause's shifted tense ('said the company was "devastated" and was cooperating
    fully'), unless it is a verb of saying denied: the reporter's refusal in the cue's tense, 'but would not say
    how much', 'and would not comment further'."""
    refused = conj.lemma_.lower() in lex.speech and any(c.dep_ == "neg" for c in conj.children)
    return in_shifted_tense(conj) and not refused


def shifted_clause_joined(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """'said the assessor had visited twice but she had not received a report': a clause joined to the past cue
    right after its reported clause, with a subject of its own that is a pronoun or a noun and no cue verb, in the
    report's shifted tense ('had', 'would') goes on with what was said ('said the mails were personal, but for his
    rivals it is a cover-up', in the present, is the writer's; '..., but the mayor said X' a report of its own)."""
    if verb.tag_ != "VBD":
        return None
    for conj, cc, subject in clauses_after(verb, clause):
        gap = conj.doc[clause.right_edge.i + 1 : cc.i]
        if (cc.lower_ not in REPORT_JOINS or cc.dep_ != "cc" or subject is None or not all(t.text == "," for t in gap)
                or conj.lemma_.lower() in lex.cue_verbs or not goes_on_shifted(lex, conj) or unverified(conj)):
            return None
        return conj
    return None


def clauses_after(verb: Token, clause: Token) -> Iterator[tuple[Token, Token, Token | None]]:
    """Each conjunct the parser hung on the cue ``verb`` after its reported ``clause``, with the word
    joining it (also when hung on the cue before the clause: 'said two barns had burned but no homes had
    been lost') and its subject before it (None when it has none)."""
    for conj in verb.rights:
        if conj.dep_ != "conj" or conj.i <= clause.right_edge.i:
            continue
        cc = conj.doc[conj.left_edge.i]
        if cc.dep_ != "cc" and conj.left_edge.i > 0 and conj.doc[conj.left_edge.i - 1].head in (verb, conj):
            cc = conj.doc[conj.left_edge.i - 1]
        yield conj, cc, next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < conj.i), None)
