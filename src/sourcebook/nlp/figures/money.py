"""Whose a sum of money is and what period it is counted per: the one who pledged, paid, spent,
raised or earned it ("Clinton's $66 million", "the NRSC spent $28.3 million", "was paid by the
ministry"; ``find_agent``), and the period of a rate ("22 euros an hour", "an annual salary of
$60,000"; ``find_rate``), so that a rate is not summed with totals. Money figures only; ``payers``
reads the fines and prices the spending verbs leave.

Split from ``context.py``, which re-exports both."""

from __future__ import annotations

from spacy.tokens import Token

from .doer_names import name_of, verb_doer
from .figure_lexicon import Context, context
from .percent_rates import stepped_back

__all__ = ["find_agent", "find_rate"]


def find_agent(predicate: Token | None, anchor: Token, ctx: Context | None = None) -> str | None:
    """Who pledged, paid, spent, raised or earned a sum: the possessor of the money ("Clinton's
    $66 million"), else the subject of its verb ("the NRSC spent $28.3 million"; "the
    government has pledged to give ..." the government), else the "by" of a passive ("was
    paid by the ministry"); a verb joined by "and" with a subject of its own is that subject's
    ("Acme paid $3m and Nordvik paid $1m": Nordvik's), one with none the first verb's
    (``doer_names.verb_doer``, as a tally's holder). None when the verb is no money verb, the subject is a pronoun or
    the money itself ("$5 million was spent"), or nobody is named."""
    ctx = ctx or context()
    for holder in (anchor, anchor.head if anchor.dep_ in ("nummod", "compound", "quantmod", "nmod") else None):
        owner = next((c for c in holder.children if c.dep_ == "poss"), None) if holder is not None else None
        if owner is not None and owner.tag_ != "PRP$":  # "its" names nobody: the verb's subject may
            return name_of(owner)
    if predicate is None or predicate.pos_ not in ("VERB", "AUX"):
        return None
    verb = predicate
    if verb.lemma_.lower() not in ctx.money_verbs and verb.lower_ not in ctx.money_verbs:
        return None
    tok = anchor
    while tok.i != verb.i and tok.head.i != tok.i:  # "wages were raised to $14": a level, nobody's money
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from", "by", "at"):
            return None
        tok = tok.head
    doer = verb_doer(verb, by_agent=True)  # "pledged to give", "raised and spent", "... and Nordvik paid $1m"
    if doer is None or doer.tag_ in ("PRP", "WP", "EX") or doer.left_edge.i <= anchor.i <= doer.right_edge.i:
        return None
    return name_of(doer)


def find_rate(anchor: Token, ctx: Context | None = None) -> str | None:
    """The period a sum is paid or counted per, when it is a rate and not a total: "22 euros an
    hour", "$12 per hour" -> "hour"; "38,000 euros a year", "an annual salary of $60,000" ->
    "year"; "a salary of $60,000" -> "salary". None for a total, and for a step back in time ("$1.2bn a year
    earlier"; ``percent_rates.stepped_back``, the check the other periods share)."""
    ctx = ctx or context()
    near = [anchor, *anchor.children]
    if anchor.dep_ in ("pobj", "nummod", "compound", "quantmod", "nmod"):
        near.append(anchor.head)
        if anchor.head.dep_ == "prep":
            near.append(anchor.head.head)  # "a salary of $60,000", "to $12 per hour"
    found = []
    for tok in near:
        for child in [tok, *tok.children]:
            if child.dep_ == "npadvmod" and ctx.time_units.get(child.lower_) is not None and \
                    any(d.lower_ in ("a", "an", "per", "each", "every") for d in child.children) and \
                    not stepped_back(child):  # '$1.2bn a year earlier': a step back, no period
                return child.lower_
            if child.dep_ == "prep" and child.lower_ in ("per", "a"):
                unit = next((g for g in child.children if g.dep_ == "pobj"), None)
                if unit is not None and ctx.time_units.get(unit.lower_) is not None and not stepped_back(unit):
                    return unit.lower_
            if child.lower_ in ctx.rate_words and child.i != anchor.i:
                found.append(ctx.rate_words[child.lower_])
    # a stated period ("annual") over a bare "salary"
    return min(found, key=lambda rate: rate == "salary") if found else None
