"""A price one charges, no accusation, for ``sources.Sources``: 'The card charges 24.6% a year', 'The museum charges
£18 per adult', 'Lenders charge fees of up to £1,500': a figure in the object of 'charge' is what is asked for a
thing, so the subject is its seller and no source of the figure. 'charge' stays an accusation's cue with a clause or
with the crime after 'with' ('Critics charge that X', 'charged him with fraud'), as PolNeAR marks it; no figure is
its object there. Nor people counted in the object ('Police charged 12 people after the riot'): they are accused."""

from __future__ import annotations

from spacy.tokens import Token


def price_charged(verb: Token, held: Token) -> bool:
    """Whether the figure under ``held``, the child of ``verb`` on its way up, is a price 'charge' asks ('charges 24.6%',
    'charge fees of up to £1,500'), not what someone is charged with."""
    # (the walk up from the figure meets the verb again at the root, its own head: still the price's verb)
    # (a sum or a rate in the object: 'Police charged 12 people' are accused, no price)
    priced = held.i == verb.i or any(t.ent_type_ in ("MONEY", "PERCENT") for t in held.subtree)
    return verb.lemma_.lower() == "charge" and (held.dep_ in ("dobj", "npadvmod") or held.i == verb.i) and priced and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
