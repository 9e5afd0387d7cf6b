"""Advice given out in the passive, for ``noncues.not_a_cue``: 'Passengers are advised to check their flight status',
'Customers were advised to throw the cheese away', 'Women have been advised by the agency to delay X'. A notice to a
public of what it should do, no one's words reported: PolNeAR leaves it unmarked (the active 'The agency advised
parents to X' keeps its cue, and so do 'were told to X' and 'are asked to X', reports with no source). Only 'advise'
with an infinitive ('were advised that their flight was cancelled' is what they were told)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of


def advice_given_out(verb: Token) -> bool:
    """Whether ``verb`` is a passive 'advised' with an infinitive after it ('are advised to check X')."""
    if verb.lemma_.lower() != "advise" or verb.tag_ != "VBN":
        return False
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    # (the parser hangs the infinitive after an agent as a clause of purpose: 'were advised by X to avoid Y')
    return any(c.dep_ == "auxpass" for c in children) and any(
        c.dep_ in ("xcomp", "advcl") and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in children)
