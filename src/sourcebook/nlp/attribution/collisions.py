"""A collision, for ``noncues.not_a_cue``: a verb of striking ('hit', 'struck', 'slammed', 'rammed') with a
vehicle for its subject, its object or its passive's agent ('The coach hit a tree', 'The 07:40 service hit
the van', 'cars behind her hit each other', 'was hit by a freight train') is a crash, no attack in words
('Sanders hit Clinton on guns', 'slammed the plan' keep their cue). Only with no clause of its own
(``vehicles.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

_STRIKING = frozenset(["hit", "strike", "slam", "ram", "smash", "hammer", "clip", "batter", "plough", "plow"])
#: where a vehicle stands in a collision: the striker, the one struck, the passive's agent's noun
_PLACES = frozenset(["nsubj", "nsubjpass", "dobj"])


def collided(verb: Token) -> bool:
    """Whether ``verb`` is a crash of a vehicle ('The coach hit a tree', 'was hit by a train')."""
    if verb.lemma_.lower() not in _STRIKING or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    vehicles = word_set("attribution/vehicles")
    for child in verb.children:
        if child.dep_ in _PLACES and child.lemma_.lower() in vehicles:
            return True
        if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "into") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in vehicles for g in child.children):
            return True  # ('was hit by a freight train', 'slammed into a parked car')
    return False
