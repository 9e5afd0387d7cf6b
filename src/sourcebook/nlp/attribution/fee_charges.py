"""A 'charge' that is a fee, no accusation: 'Councillors approved a daily charge for older vans', 'Parking charges
will double', 'a £2 charge for garden waste' (``fee_words.txt``: the word set before it says what is paid for or
how often; an amount before it says so too, unless another noun names a wrong, 'faces £2m fraud charges'). Such a
charge is levied, paid or raised, a price with a payer, and its 'for' phrase names what is bought, not words anyone
said. 'The charges against him', 'a charge of fraud' and 'Critics charge that X' stay reports."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import CURRENCY_SIGNS
from ..lexicon import word_set

_FEES = word_set("attribution/fee_words")


def fee_charge(noun: Token) -> bool:
    """Whether ``noun`` is 'charge' with a word of a fee, or an amount of money and no other noun, set before it (not
    in its possessor: 'the $40bn fund's charge')."""
    if noun.lemma_.lower() != "charge" or noun.pos_ != "NOUN":
        return False
    before = [c for c in noun.children if c.i < noun.i]
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _FEES for c in before):
        return True
    # (the charge's own amount, not its owner's: 'The $40bn fund's charge that X' is the fund's accusation)
    return any(t.text in CURRENCY_SIGNS for c in before if c.dep_ != "poss" for t in c.subtree) and not any(
        c.dep_ == "compound" and c.lower_ not in _FEES for c in before)
