"""A verb of one sense whose argument is a word of a list, for the deeds ``noncues.not_a_cue`` tells from
words: a verb of striking with a vehicle ('The coach hit a tree': ``collisions.py``), a verb of contest with
a prize ('will defend her title': ``contests.py``), a court's dismissal of a proceeding (``case_dismissed``,
here). Each keeps its lemmas, its word list and where the word may stand in a ``Frame``. Only a verb with no
clause of its own: a 'that' clause or an infinitive makes it a report whatever its object."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of


@dataclass(frozen=True, slots=True)
class Frame:
    """The lemmas of a verb's sense, the word list (``vehicles``) and where its word stands."""

    lemmas: frozenset[str]
    words: str  #: the list's name ('attribution/vehicles')
    deps: frozenset[str]  #: the verb's own arguments ('dobj', 'nsubjpass')
    preps: frozenset[str] = frozenset()  #: the prepositions whose object may hold it ('was hit by a train')


def listed_arguments(verb: Token, frame: Frame) -> list[Token]:
    """The arguments of ``verb`` whose head word is in ``frame``'s list (a preposition's object for a
    preposition): none when the verb is of another sense or has a clause ('will fight the ban': none)."""
    if verb.lemma_.lower() not in frame.lemmas or any(c.dep_ in ("ccomp", "xcomp") for c in children_of(verb)):
        return []
    words = word_set(frame.words)
    found = []
    for child in children_of(verb):
        if child.dep_ in frame.deps and child.lemma_.lower() in words:
            found.append(child)
        elif child.dep_ in ("agent", "prep") and child.lower_ in frame.preps:
            found += [g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in words]
    return found


#: a proceeding thrown out ('The judge dismissed the landlord's appeal', 'The lawsuit was dismissed'):
#: a ruling's outcome and no one's words waved away ('dismissed the claims as fabrications'; ``proceeding_nouns.txt``)
_DISMISSAL = Frame(frozenset(["dismiss"]), "attribution/proceeding_nouns", frozenset(["dobj", "nsubjpass"]))


def case_dismissed(verb: Token) -> bool:
    """Whether ``verb`` dismisses a proceeding: not with an 'as' that says what it was called ('dismissed the
    case as a stunt', also deeper in the object: 'the motion of no confidence as theatre'), nor an argument's
    'case for' ('dismissed the case for a rent cap')."""
    if verb.lemma_.lower() not in _DISMISSAL.lemmas:
        return False  # (tested before the children are walked: ``listed_arguments`` finds none for another verb)
    if any(c.lower_ == "as" and c.dep_ == "prep" for c in children_of(verb)):
        return False
    return any(not any(g.dep_ == "prep" and g.lower_ == "for" for g in thing.children)
               and not any(g.dep_ == "prep" and g.lower_ == "as" for g in thing.subtree)
               for thing in listed_arguments(verb, _DISMISSAL))
