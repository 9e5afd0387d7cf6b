"""A good turn done, no words (for ``senses.other_sense``): 'welcome' with the people arriving for its object or its
passive's subject ('The parish has welcomed a second refugee family', 'Cape Breton will welcome American refugees',
and a child born, 'He welcomed his first child in March'; ``welcomed_guests.txt``), 'present' with a thing handed
over after 'with' ('The council presented him with a cheque'), and 'support' or 'back' with a count of people in need
for object ('The charity supports about 300 families a year'; ``helped_people.txt``). Community news tells of
newcomers greeted, gifts handed over and families helped; PolNeAR marks none of its 'welcome' with refugees or
visitors for object. Not a stance on a matter or a person ('welcomed the decision', 'presented the findings as X',
'supports 300 delegates' choice', 'backs Trump'), nor a thing handed over with a clause of what it says ('presented the
jury with evidence that X')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of
from .word_forms import listed

_GUESTS = word_set("attribution/welcomed_guests")
_HELPED = word_set("attribution/helped_people")
_COUNTS = frozenset(["dozens", "hundreds", "thousands", "millions"])


def good_turn(verb: Token) -> bool:
    """Whether ``verb`` welcomes people arriving ('welcomed 300 pilgrims'), presents someone with a thing or supports
    a count of people in need ('supports 300 families')."""
    lemma = verb.lemma_.lower()
    if lemma == "welcome":
        return any(c.dep_ in ("dobj", "nsubjpass") and listed(c, _GUESTS) for c in children_of(verb))
    if lemma in ("support", "back"):
        return any(c.dep_ == "dobj" and _counted_in_need(c) for c in children_of(verb))
    return lemma == "present" and any(c.dep_ == "dobj" for c in children_of(verb)) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and not _told(g) for g in c.children)
        for c in children_of(verb))


def _told(thing: Token) -> bool:
    """'evidence that the accountant lied', 'findings that showed X': a thing handed over that holds a clause with a
    subject of its own says something, no gift ('presented the jury with evidence that X' is a report)."""
    return any(c.dep_ in ("acl", "relcl") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in thing.children)


def _counted_in_need(word: Token) -> bool:
    """'about 300 families', 'hundreds of carers': people in need with a count."""
    if word.lower_ in _COUNTS:
        word = next((g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), word)
        return listed(word, _HELPED)
    return listed(word, _HELPED) and any(c.dep_ == "nummod" for c in word.children)
