"""A verb in the present joined to a reported clause that cannot agree with that clause's subject but agrees with
the cue's: the reporter's next act, which ends the content (``tails.without_writer_tail``).

'The report says farmers "need more help" but offers no figures': 'offers' has no subject of its own, and
the reported clause's subject ('farmers', a plural) cannot take a verb in the third person singular, while
the cue's subject ('The report') does and the cue is in that same present; the parser hung the verb on the
reported clause, but the report offers the figures, the farmers do not. Only a verb with no subject or
auxiliary of its own, after 'and' or 'but', whose number is the cue subject's and not the clause subject's
(not 'says the farmers need help and want X', which agrees with the farmers and goes on with what was said;
nor after a clause verb of the conjunct's own form, 'says the data shows X and proves Y', where the subject
takes the verb of that number whatever its tag says).
"""

from __future__ import annotations

from spacy.tokens import Token

#: the number of a subject's tag or pronoun: True for a plural
_PLURAL_TAGS = frozenset(["NNS", "NNPS"])
_SINGULAR_TAGS = frozenset(["NN", "NNP"])
_PLURAL_WORDS = frozenset(["they", "we"])
_SINGULAR_WORDS = frozenset(["he", "she", "it"])


def _plural(subject: Token) -> bool | None:
    """Whether ``subject`` is plural, None when its number is not plain (a pronoun such as 'you', a number, a list)."""
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # ('the mayor and her deputy': two)
    if subject.lower_ in _PLURAL_WORDS or subject.tag_ in _PLURAL_TAGS:
        return True
    if subject.lower_ in _SINGULAR_WORDS or subject.tag_ in _SINGULAR_TAGS:
        return False
    return None


def disagreeing_conjunct(clause: Token, child: Token) -> Token | None:
    """The 'and' or 'but' before ``child``, a conjunct of the reported clause ``clause`` that agrees in number
    with the cue's subject and not with the clause's, where the content ends; None when there is none."""
    if child.dep_ != "conj" or child.tag_ not in ("VBZ", "VBP"):
        return None
    cue = clause.head
    # (the clause's own verb in the conjunct's form shows its subject takes that number whatever its tag:
    # 'says the data shows X and proves Y', 'says the media ignores X and treats Y badly')
    if clause.dep_ != "ccomp" or cue.tag_ != child.tag_ or clause.tag_ == child.tag_ or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in child.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    reporter = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or reporter is None:
        return None
    verb_plural = child.tag_ == "VBP"
    if _plural(subject) in (None, verb_plural) or _plural(reporter) != verb_plural:
        return None
    return next((c for c in clause.children if c.dep_ == "cc" and c.i < child.i and c.lower_ in ("and", "but")
                 and c.i == child.left_edge.i - 1), None)
