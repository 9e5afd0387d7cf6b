"""A 'claim' that is a demand for money, no assertion: 'The couple's insurance claim that the cellar
had flooded was settled', 'his injury claim against the club' (``money_claim_words.txt``: the noun set
before it as a compound says what is paid out). Such a claim is filed, paid, settled or refused, a
form with a payer; its 'that' clause names what the form covers, and its possessor is the one paid,
not someone whose words a report holds. So is a claim 'for' such a thing ('Drivers have lodged 212 claims for
damage to tyres', 'a claim for unpaid expenses'). 'Her claim that the roof leaked', 'the insurer's claim that X' and
'claims for adjudication' stay reports."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def money_claim(lex: Lexicon, noun: Token) -> bool:
    """Whether ``noun`` is 'claim' with a compound before it or a 'for' phrase after it naming money or a right to
    be paid ('an injury claim', 'claims for compensation')."""
    return noun.lemma_.lower() == "claim" and any(
        c.dep_ == "compound" and c.i < noun.i and c.lower_ in lex.money_claim_words
        or c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lower_ in lex.money_claim_words for g in c.children) for c in noun.children)
