"""Who pays a fine or a price, which the verb's subject often is not: "the watchdog fined the
airline $3.5m" and "the club was fined £250,000 by the league" are paid by the one fined;
"Corvane agreed to buy Lissport for $8bn" by the buyer, "sold its arm to Calder for €2.6bn"
by Calder; "was ordered to pay a £1.2m fine" by the one ordered. A sum received is its
receiver's, as a sum raised or earned is ("the charity received $5m from the lottery fund",
"won £150,000", "was awarded a £2m grant by the arts council"): the figure is that party's
money, and the giver after "from" or "by" is no agent. ``find_agent`` (``money``) reads the
spending verbs; this reads what it leaves, for money figures only.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import tagged
from .context import Context
from .doer_names import name_of

__all__ = ["find_payer"]

_FINED = tagged("figures/payer_verbs", "fined")
_BUYER = tagged("figures/payer_verbs", "buyer")
_SELLER = tagged("figures/payer_verbs", "seller")
_RECEIVER = tagged("figures/payer_verbs", "receiver")
_GRANTED = tagged("figures/payer_verbs", "granted")
_PAYS = _FINED | _BUYER | _SELLER | _RECEIVER | _GRANTED
#: a verb whose raised subject is who is made to pay ("was ordered to pay a fine")
_MADE_TO = frozenset(("order", "force", "require", "tell", "ask", "compel", "oblige"))


def find_payer(predicate: Token | None, anchor: Token, ctx: Context) -> str | None:
    """Who pays the sum at ``anchor`` when ``predicate`` fines, buys or sells, or is a spending
    verb under "was ordered to"; None otherwise or when no name is there (a pronoun)."""
    if predicate is None or predicate.pos_ not in ("VERB", "AUX"):
        return None
    lemma = predicate.lemma_.lower() if predicate.lemma_.lower() in _PAYS else predicate.lower_
    verb = predicate
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:  # "agreed to buy", "ordered to pay"
        verb = verb.head
    payer = None
    if lemma in _FINED:
        payer = _child(predicate, "nsubjpass") or _child(predicate, "dobj") or _child(predicate, "dative")
        if payer is not None and anchor.left_edge.i >= payer.left_edge.i and anchor.i <= payer.right_edge.i:
            payer = _child(predicate, "dative")  # "fined the airline $3.5m" parsed as one object
    elif lemma in _BUYER:
        payer = _child(verb, "nsubj") or _by(predicate)
    elif lemma in _SELLER:  # "sold its arm to Calder Group": 'to' is a dative or a preposition
        to = next((c for c in predicate.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")), None)
        payer = (_child(to, "pobj") or (to if to.pos_ != "ADP" else None)) if to is not None else None
    elif lemma in _RECEIVER:  # "the charity received $5m", "the school won £250,000"
        payer = _child(verb, "nsubj")
        if payer is not None and payer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            payer = verb.head  # "a contractor that receives $5.6bn"
    elif lemma in _GRANTED:  # "the lab was awarded a $12m grant"
        payer = _child(predicate, "nsubjpass")
    elif (lemma in ctx.money_verbs or predicate.lower_ in ctx.money_verbs) and verb.i != predicate.i and \
            verb.lemma_.lower() in _MADE_TO:
        payer = _child(verb, "nsubjpass")
    if payer is None or payer.tag_ in ("PRP", "WP", "EX") or payer.left_edge.i <= anchor.i <= payer.right_edge.i:
        return None
    return name_of(payer)


def _child(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _by(verb: Token) -> Token | None:
    """The doer of a passive: "was acquired by Calder for €2.6bn"."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
