"""A participle set off after a reported clause whose subject is a pronoun, for
``participles.participle_subject``: 'The mayor said she would veto the budget, adding that X',
'Reyes has hinted he might run, saying Y', 'Lee said they were "ready," while trying to explain Z'.
The parser hung the participle (or the infinitive under it, 'while trying to explain') on the verb
of the reported clause, so the clause's pronoun became its subject; the participle set off by a
comma or a dash is the next act of the one who reported the clause, and PolNeAR marks that
reporter ('The mayor'), not the pronoun inside the report. Only a personal pronoun: with a noun
for the clause's subject the parser's reading may stand ('Aides said the firm would close the
plant, citing costs')."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import subject_of

#: pronouns a reported clause's subject may be that usually stand for its reporter
_PRONOUNS = frozenset(["he", "she", "they", "i", "we"])
#: marks that set a participle off from the clause before it
_SET_OFF = frozenset([",", "-", "--", "\u2014", "\u2013"])


def reporter_of_participle(verb: Token, subject: Token | None) -> Token | None:
    """The subject of the verb that reports the clause the parser hung participle ``verb`` on, when
    ``subject`` is that clause's pronoun, else None."""
    if subject is None or subject.lower_ not in _PRONOUNS:
        return None
    participle = verb
    while participle.dep_ in ("xcomp", "conj") and participle.head.i < participle.i and participle.tag_ != "VBG":
        participle = participle.head  # 'while trying to explain X': the participle above the infinitive
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG" and participle.head.i < participle.i:
        participle = participle.head  # 'vowing X, and suggesting Y': the first of the series
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    clause = participle.head
    if clause.dep_ != "ccomp" or clause.i > participle.i or subject.head.i != clause.i or subject.dep_ != "nsubj":
        return None
    doc = verb.doc
    start = participle.left_edge.i
    marks = doc[max(0, start - 3) : start]
    if not any(t.text in _SET_OFF for t in marks):
        return None  # 'said he was busy cleaning X': no participle set off
    reporter = subject_of(clause.head)
    if reporter is None or reporter.i > subject.i or reporter.lower_ in _PRONOUNS and reporter.lower_ != subject.lower_:
        return None
    return reporter
