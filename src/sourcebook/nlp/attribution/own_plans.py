"""A first person's own plan to ask for something, told in the future with no clause asked: 'If the
parcel is lost, we will ask for a photo of the label', "I'll request a copy of the contract", 'We shall
ask you to sign the form'. A help page, a shop's terms or a speaker describes a step they mean to take;
nothing has been asked yet and no view is reported. Only a verb of requesting with 'I' or 'we' for subject
and 'will', "'ll" or 'shall' on it (or on the first of the verbs it is joined to), no progressive 'be' and
no clause after it; not 'I will argue that X' (a view stated as it is announced), nor "we'll be talking
about X" (a forecast PolNeAR keeps), nor 'The union will ask for a pay rise' (a third party's intention the
news reports), nor 'We asked for a refund'. For ``noncues.not_a_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .negation import first_conjunct

#: the auxiliaries of the future ('we will ask', "we'll ask", 'we shall ask')
_FUTURE = frozenset(["will", "'ll", "\u2019ll", "shall"])
_FIRST = frozenset(["i", "we"])
#: the verbs of requesting something ('ask for', 'request', 'demand')
_REQUESTS = frozenset(["ask", "request", "demand", "inquire", "enquire"])


def own_plan(verb: Token) -> bool:
    """Whether ``verb`` is a first person's future request with no clause asked ('we will ask for X')."""
    if verb.lemma_.lower() not in _REQUESTS:
        return False
    around = list(first_conjunct(verb, verbal=True).children)
    if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST for c in around) or not any(
            c.dep_ == "aux" and c.lower_ in _FUTURE for c in around) or any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in around):
        return False
    return not any(c.dep_ in ("ccomp", "parataxis") and c.i > verb.i for c in children_of(verb))
