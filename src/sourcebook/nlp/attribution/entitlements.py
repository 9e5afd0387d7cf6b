"""A right or a means open to anyone of a kind, told with 'can' or 'may' and a verb of asking or claiming:
'Passengers can claim compensation if the train is late', 'Parents may ask the school for a meeting',
'Anyone with information can call the hotline', 'Voters can ask for a postal ballot'. A notice, a consumer
page or the writer's service paragraph says what such people are entitled or able to do; nobody has asked,
claimed or called for anything, and no words are reported. Only with a generic party for subject: a bare
plural noun that names no body or group by name, 'anyone', 'everyone', 'those', 'whoever', or 'any' or
'every' with a singular ('Any resident can ask ...'), also through a relative 'who' on such a party
('Tenants who disagree can ask ...'); and only with no clause of words after the verb ('Critics may argue
that the plan is timid' and 'Voters can ask why X' still report). Not 'The union can ask its members to
strike' (a body named, its option as the news reports it), nor negated, 'Critics cannot claim the
same' (a view they cannot hold), nor 'could' (a hypothetical or a past ability the
news reports). For ``noncues.not_a_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .negation import first_conjunct

#: the modals of a right or a means ('can claim', 'may ask', 'cannot request')
_MODALS = frozenset(["can", "may", "ca"])
#: the verbs of asking, claiming or calling for something one is entitled to
_CLAIMS = frozenset(["ask", "request", "claim", "demand", "call", "apply", "appeal", "complain", "report", "seek"])
#: the pronouns of anyone at all of a kind
_ANYONE = frozenset(["anyone", "anybody", "everyone", "everybody", "those", "whoever", "somebody", "someone"])
#: the determiners of any one of a kind
_ANY = frozenset(["any", "every", "each", "all"])
#: the named entities no generic party is
_NAMED = frozenset(["PERSON", "ORG", "NORP", "GPE", "FAC"])


def _generic(subject: Token) -> bool:
    """Whether ``subject`` is anyone of a kind ('Passengers', 'Anyone with information', 'Any resident')."""
    if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if subject.lower_ in _ANYONE:
        return True
    if subject.pos_ != "NOUN" or subject.ent_type_ in _NAMED:
        return False
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss", "nummod", "predet")]
    if not determiners:
        return subject.tag_ == "NNS"
    return all(d.lower_ in _ANY for d in determiners)


def entitlement(verb: Token) -> bool:
    """Whether ``verb`` is a right or a means open to anyone of a kind ('Passengers can claim a refund')."""
    if verb.lemma_.lower() not in _CLAIMS:
        return False
    around = list(first_conjunct(verb, verbal=True).children)
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in around) or any(c.dep_ == "neg" for c in around):
        return False  # (not a right denied, 'Fans cannot claim the same', most often a view they cannot hold)
    subjects = [c for c in around if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not _generic(subjects[0]):
        return False
    return not any(c.dep_ in ("ccomp", "parataxis") for c in children_of(verb))
