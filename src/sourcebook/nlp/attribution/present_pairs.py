"""Whether a clause the parser joined to a past cue after its 'that' clause in the present tense goes on with
what was reported: a second clause with 'and', a subject of its own and the same present tense ('The study found
that most tenants rent privately and few own their homes'), not a report of its own ('and the mayor says X'),
nor one set against it with 'but' ('said the mails were personal, but for his rivals it is a cover-up' is the
writer's, as ``continued`` has it), nor one set off by a comma ('Police said that the suspect lives nearby, and
neighbours fear for their children': the writer goes on). ``content._clauses`` asks.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .continued import clauses_after
from .lexicon import Lexicon
from .narration import unverified

_PRESENT = ("VBP", "VBZ")


def present_clause_joined(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """'found that 60 percent back the plan and 30 percent oppose it': the conjunct the parser hung on the past
    cue ``verb`` right after its reported ``clause``, both clauses in the present with a subject each, the first
    opened by 'that', is the report's second half (not 'and its director says X', a verb of saying)."""
    if verb.tag_ != "VBD" or not _in_present(clause) or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    for conj, cc, subject in clauses_after(verb, clause):
        # (right after the clause: a comma before 'and' sets the writer's own clause off)
        if (cc.lower_ != "and" or cc.dep_ != "cc" or subject is None or cc.i != clause.right_edge.i + 1
                or conj.doc[cc.i - 1].text == ","
                or not _in_present(conj) or conj.lemma_.lower() in lex.speech or unverified(conj)):
            return None
        return conj
    return None


def _in_present(clause: Token) -> bool:
    """A clause's verb in the simple present with no helper verb ('back' the parser may tag as a preposition
    still counts when it heads the clause)."""
    return (clause.tag_ in _PRESENT or not clause.tag_.startswith("VB") and clause.tag_ != "MD") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)
