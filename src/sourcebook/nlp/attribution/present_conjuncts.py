"""Whether a clause with a subject of its own, in the present tense, that the parser joined with 'and' or 'but' to a
past cue right after its reported clause goes on with what was reported: the writer narrates in the past, so a
present clause beside a past report holds the speaker's words in their own tense ('The coach said the squad had
trained hard, but the final is another matter': both halves are the coach's; 'The mayor told residents the bridge
was safe, and the city will reopen it in May' too). Not a verb of saying or holding ('..., but the union says X',
'..., and critics believe Y': a report of its own), nor a clause set off by more than commas ('- and it shows'),
nor a check the writer notes ('..., but the claim cannot be verified'), nor one that opens with whose view it
gives ('said the mails were personal, but for his rivals it is a cover-up': the writer's account of others).
``present_pairs`` asks, after its own narrower test.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .continued import clauses_after
from .lexicon import Lexicon
from .narration import unverified

_PRESENT = ("VBP", "VBZ")
#: helper verbs of the present ('will', 'can' and the contracted forms)
_PRESENT_HELPERS = frozenset(["is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m", "has", "have", "does", "do",
                              "will", "'ll", "’ll", "can", "may", "must", "wo", "ca"])


def in_present(verb: Token) -> bool:
    """A clause verb in the present: a present form with no helper, or a present helper before it."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not helpers:
        return verb.tag_ in _PRESENT
    return helpers[0].lower_ in _PRESENT_HELPERS


def _viewpoint_first(conj: Token, subject: Token) -> bool:
    """'..., but for his rivals it is a cover-up': a 'for' or 'to' phrase before the clause's subject, whose view it is."""
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i < subject.i for c in conj.children)


def present_conjunct(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """The present clause joined to the past cue ``verb`` right after its reported ``clause`` (see the module)."""
    if verb.tag_ != "VBD":
        return None
    for conj, cc, subject in clauses_after(verb, clause):
        gap = conj.doc[clause.right_edge.i + 1 : cc.i]
        lemma = conj.lemma_.lower()
        if (cc.lower_ not in ("and", "but") or cc.dep_ != "cc" or subject is None or conj.pos_ not in ("VERB", "AUX")
                or not all(t.text == "," for t in gap) or not in_present(conj)
                or lemma in lex.speech or lemma in lex.cue_verbs or unverified(conj) or _viewpoint_first(conj, subject)):
            return None
        return conj
    return None
