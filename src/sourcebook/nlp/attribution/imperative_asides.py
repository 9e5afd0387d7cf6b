"""An 'as' aside on a bidding: 'Take two tablets a day, exactly as your doctor has told you', 'Cook the rice
as the packet says'. The clause the aside sits on is an imperative, what the page bids its reader do, no
statement the aside's speaker made: the leaflet's or the recipe's own instruction, so the aside reports no
content (not 'The plant will close, as the minister said', whose clause states something, nor 'Do it now,
he said', whose cue has no 'as')."""

from __future__ import annotations

from spacy.tokens import Token


def aside_on_a_bidding(verb: Token) -> bool:
    """Whether ``verb``, the cue of an 'as' aside, hangs on an imperative: a bare verb with no subject or
    auxiliary of its own, heading its sentence or joined to a verb that does ('Always take it as X told you')."""
    head = verb.head
    if head.i == verb.i or head.tag_ != "VB" or head.dep_ not in ("ROOT", "conj"):
        return False
    if head.dep_ == "conj" and (head.head.tag_ != "VB" or head.head.dep_ != "ROOT"):
        return False  # ('They will close the plant and cut jobs, as X said': a future's second verb)
    bound = head.head if head.dep_ == "conj" else head
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in (*head.children, *bound.children))
