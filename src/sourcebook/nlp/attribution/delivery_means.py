"""A passive's 'by' phrase that says how word is sent, not who sends it (``delivery_means.txt``):
'Winners will be notified by email', 'Shortlisted applicants will be contacted by phone', 'You will
be told by text message when the parcel leaves'. A page's notice of a routine (a job listing, a prize
draw, a shop's terms) names a channel there, and the channel is no source: the passive has no agent.
Only the bare noun of a means (no determiner, no possessor, no phrase or clause naming a sender):
'informed by a letter from the council' and 'told by her email' still name a document that speaks."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

#: the dependents that make the noun a particular document, which may speak ('a letter', 'his email',
#: 'email from the agency', 'a message that said X')
_PARTICULAR = frozenset(["det", "poss", "prep", "relcl", "acl", "nummod", "appos"])


def means_of_delivery(token: Token) -> bool:
    """Whether ``token``, the object of a passive's 'by', is a bare means of sending word ('by email',
    'by registered post', 'by text message'), no sender."""
    return token.lower_ in word_set("attribution/delivery_means") and not any(
        c.dep_ in _PARTICULAR for c in token.children)
