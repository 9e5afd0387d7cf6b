"""A collision, for ``noncues.not_a_cue``: a verb of striking ('hit', 'struck', 'slammed', 'rammed') with a
vehicle for its subject, its object or its passive's agent ('The coach hit a tree', 'The 07:40 service hit
the van', 'cars behind her hit each other', 'was hit by a freight train') is a crash, no attack in words
('Sanders hit Clinton on guns', 'slammed the plan' keep their cue), nor is a role's 'coach' ('The coach slammed
the referees'). Only with no clause of its own (``vehicles.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import active_lexicon

_STRIKING = frozenset(["hit", "strike", "slam", "ram", "smash", "hammer", "clip", "batter", "plough", "plow"])
#: where a vehicle stands in a collision: the striker, the one struck, the passive's agent's noun
_PLACES = frozenset(["nsubj", "nsubjpass", "dobj"])


def collided(verb: Token) -> bool:
    """Whether ``verb`` is a crash of a vehicle ('The coach hit a tree', 'was hit by a train')."""
    if verb.lemma_.lower() not in _STRIKING or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    vehicles = word_set("attribution/vehicles")
    for child in verb.children:
        if child.dep_ in _PLACES and child.lemma_.lower() in vehicles and not _the_person(verb, child):
            return True
        if child.dep_ in ("agent", "prep") and child.lower_ in ("by", "into") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in vehicles for g in child.children):
            return True  # ('was hit by a freight train', 'slammed into a parked car')
    return False


def _the_person(verb: Token, noun: Token) -> bool:
    """Whether a vehicle word that also names a role ('coach') is the person: someone's ("United's coach
    hammered his players", 'the Hawks coach') or striking someone ('The coach slammed the referees')."""
    lex = active_lexicon()
    if noun.lemma_.lower() not in lex.role_nouns:
        return False
    if any(c.dep_ == "poss" or c.dep_ == "compound" and (c.ent_type_ or c.pos_ == "PROPN") for c in noun.children):
        return True
    people = word_set("attribution/source_nouns")
    return any(c.dep_ in _PLACES and c.i != noun.i and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ in (
        "PERSON", "ORG", "NORP") or c.lemma_.lower() in lex.role_nouns or c.lemma_.lower() in people)
        for c in verb.children)
