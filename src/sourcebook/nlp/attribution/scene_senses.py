"""Verbs of the lexicon in their sense at a scene of a crime or a rescue, which report nothing (for
``senses.other_sense``): 'find' with a person and the state they were found in ('Officers found him asleep at the
wheel', 'Firefighters found the woman unconscious'; a body's state seen, as ``found_states.txt`` has them; not
'found it difficult', a judgement, nor 'found that X'); 'threaten' with a person and a weapon after 'with' ('The
robbers threatened him with a machete': a menace with the body, ``weapon_nouns.txt``; not 'threatened the agency with
a lawsuit', nor 'threatened to X'); an emergency service's 'respond to' a call or a place it attends ('Officers
responded to a 999 call from a neighbour', 'Crews responded to the blaze'; ``attended_nouns.txt``; not a call for
something, 'responded to calls for her resignation', nor anyone else's, 'The mayor responded to the shooting'); and a
person questioned by the police, an interview and no doubt voiced ('A 19-year-old man was questioned by police'; not
a thing, 'Her account was questioned by detectives'). PolNeAR's political news has none of these shapes; police
reports are full of them."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of
from .lexicon import Lexicon
from .syntax import PERSON_SUFFIXES

_STATES = word_set("attribution/found_states")
_WEAPONS = word_set("attribution/weapon_nouns")
_ATTENDED = word_set("attribution/attended_nouns")
#: those who attend a call ('Officers responded to the scene')
_RESPONDERS = frozenset(["police", "officer", "deputy", "trooper", "firefighter", "crew", "paramedic", "medic", "ambulance",
                         "responder", "unit", "engine", "patrol", "lifeboat", "coastguard"])
#: those who question a suspect ('was questioned by detectives')
_QUESTIONERS = frozenset(["police", "officer", "detective", "investigator", "deputy", "trooper", "agent"])
#: how the parser hangs the state on 'find' ('found him asleep': a clause of 'him asleep', or 'him' the object)
_STATE_DEPS = frozenset(["ccomp", "oprd", "acomp", "xcomp"])
#: the verbs read here
_SCENE_VERBS = frozenset(["find", "threaten", "respond", "question"])


def scene_sense(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is 'find' with a person's state, 'threaten' with a weapon, 'respond to' a call or a person
    'questioned by police' (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma not in _SCENE_VERBS:
        return False
    children = list(children_of(verb))
    if lemma == "find":
        return any(c.dep_ in _STATE_DEPS and c.pos_ == "ADJ" and c.lower_ in _STATES and c.i > verb.i
                   and not any(g.dep_ in ("mark", "aux") for g in c.children) for c in children)
    if lemma == "threaten":
        objects = [c for c in children if c.dep_ == "dobj"]
        # (the 'with' phrase on the verb or on its object: 'threatened staff with a hammer')
        return bool(objects) and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in _WEAPONS
                                                             for g in c.children) for c in (*children, *objects[0].children))
    if lemma == "respond":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _RESPONDERS for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in _ATTENDED and not any(
                f.dep_ == "prep" and f.lower_ == "for" for f in g.children) for g in c.children) for c in children)
    if lemma == "question" and verb.tag_ == "VBN":
        return any(c.dep_ == "nsubjpass" and _a_person(lex, c) for c in children) and any(
            c.dep_ == "agent" and any(g.dep_ == "pobj" and g.lemma_.lower() in _QUESTIONERS for g in c.children)
            for c in children)
    return False


def _a_person(lex: Lexicon, subject: Token) -> bool:
    """Whether ``subject`` is a person questioned: a pronoun but 'it', a person's name, a noun of a person or one
    given an age ('A 19-year-old man', 'Two teenagers', 'He'; not 'Her account', 'The figures', 'The decision')."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in ("it", "this", "that", "which", "what")
    lemma, lower = subject.lemma_.lower(), subject.lower_
    return subject.ent_type_ == "PERSON" or lemma in lex.role_nouns or lemma in lex.passerby_nouns or (
        lower.endswith(PERSON_SUFFIXES) and lemma not in lex.lookalike_nouns) or any(
        "year-old" in t.lower_ for t in subject.lefts)
