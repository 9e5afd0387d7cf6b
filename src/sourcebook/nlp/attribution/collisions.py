"""A collision, for ``noncues.not_a_cue``: a verb of striking ('hit', 'struck', 'slammed', 'rammed') with a
vehicle for its subject, its object or its passive's agent ('The coach hit a tree', 'The 07:40 service hit
the van', 'cars behind her hit each other', 'was hit by a freight train') is a crash, no attack in words
('Sanders hit Clinton on guns', 'slammed the plan' keep their cue), nor is a role's 'coach' ('The coach slammed
the referees'). Only with no clause of its own (``vehicles.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of
from .lexicon import active_lexicon
from .listed_arguments import Frame, listed_arguments

#: where a vehicle stands in a collision: the striker, the one struck, the passive's agent's noun
_PLACES = frozenset(["nsubj", "nsubjpass", "dobj"])
_CRASH = Frame(frozenset(["hit", "strike", "slam", "ram", "smash", "hammer", "clip", "batter", "plough", "plow"]),
               "attribution/vehicles", _PLACES, frozenset(["by", "into"]))  # ('slammed into a parked car')


def collided(verb: Token) -> bool:
    """Whether ``verb`` is a crash of a vehicle ('The coach hit a tree', 'was hit by a train')."""
    return any(v.dep_ == "pobj" or not _the_person(verb, v) for v in listed_arguments(verb, _CRASH))


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
        for c in children_of(verb))
