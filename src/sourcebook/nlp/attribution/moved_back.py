"""'push back' with a direct object moves a date or an event later: 'The board pushed back the vote
to March', 'a plan for pushing back school start times'. The object is a thing moved and no one's
words, so the pair (``phrasal.json``, 'push': 'back') is no cue there; it stays one alone or with the
preposition of what it answers ('Unions pushed back, saying X', 'pushed back against the plan',
'pushed back on claims that Y')."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

#: the verb and particle pairs whose direct object is a thing moved, never what was said
_MOVING_PAIRS = frozenset(["push back"])


def thing_moved_back(lemma: str, particle: Token, children: Iterable[Token]) -> bool:
    """True when the phrasal cue ``lemma`` + ``particle`` has a direct object among the verb's
    ``children``, a thing moved ('pushed back the deadline')."""
    if f"{lemma} {particle.lower_}" not in _MOVING_PAIRS:
        return False
    return any(c.dep_ == "dobj" for c in children)
