"""An 'as' aside on a bidding: 'Take two tablets a day, exactly as your doctor has told you', 'Cook the rice
as the packet says'. The clause the aside sits on is an imperative, what the page bids its reader do, no
statement the aside's speaker made: the leaflet's or the recipe's own instruction, so the aside reports no
content (not 'The plant will close, as the minister said', whose clause states something, nor 'Do it now,
he said', whose cue has no 'as'). The aside must be the page's own to its reader: it names the reader ('as
your doctor has told you', 'as the nurse tells you') or a thing that cannot speak ('as the packet says');
one naming someone else speaking to someone else reports the bidding as news does ('Wash your hands, as
the ministry has advised', 'Get it done, as the minister told parliament': the bidding is their words)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import active_lexicon
from .syntax import source_like

_READER = frozenset(["you", "your", "yours", "yourself", "yourselves"])


def aside_on_a_bidding(verb: Token) -> bool:
    """Whether ``verb``, the cue of an 'as' aside, hangs on an imperative: a bare verb with no subject or
    auxiliary of its own, heading its sentence or joined to a verb that does ('Always take it as X told you')."""
    head = verb.head
    if head.i == verb.i or head.tag_ != "VB" or head.dep_ not in ("ROOT", "conj"):
        return False
    if head.dep_ == "conj" and (head.head.tag_ != "VB" or head.head.dep_ != "ROOT"):
        return False  # ('They will close the plant and cut jobs, as X said': a future's second verb)
    bound = head.head if head.dep_ == "conj" else head
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in (*head.children, *bound.children)):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return any(t.lower_ in _READER for t in verb.subtree) or subject is not None and not source_like(active_lexicon(), subject)
