"""A star's work and looks, no words (for ``senses.other_sense``): 'present', 'host' or 'front' with a show, a
programme or a prize-giving for its object ('Delahunt has presented the quiz show Brain Drain since 2015'), 'reveal'
or 'unveil' with a body or a look for its object ('She revealed her toned figure in a red bikini'; both lists in
``show_business.txt``), and 'hit' right after a year, which the parser reads as a verb where it is a song's noun
('the crooner behind the 1968 hit Velvet Evening', 'Her 2004 hit Broken Lanterns topped the charts'; not a time,
'in 2016'). Celebrity news names presenters by their shows, pictures stars and lists their hits; PolNeAR marks none
of these. Not findings presented or a secret revealed ('presented the findings as X', 'revealed the couple had
split'), nor an attack ('The ad hits Clinton on trade')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import tagged
from .kids import children_of

_SHOWS = tagged("attribution/show_business", "show")
_LOOKS = tagged("attribution/show_business", "look")
_PRESENTING = frozenset(["present", "host", "front"])
_REVEALING = frozenset(["reveal", "unveil"])


def show_business(verb: Token) -> bool:
    """Whether ``verb`` fronts a show, shows off a look or is a year's 'hit' ('the 1968 hit Velvet Evening')."""
    lemma = verb.lemma_.lower()
    if lemma in _PRESENTING or lemma in _REVEALING:
        things = _SHOWS if lemma in _PRESENTING else _LOOKS
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        return len(objects) == 1 and _named(objects[0], things) and not any(
            c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "ccomp" and c.lemma_.lower() not in things
            for c in children_of(verb))
    # (a year after 'the' or an owner, a song's: 'the 1968 hit', "Monroe's 2004 hit"; not the time of a blow, 'The governor
    # in 2016 hit the mayor over X')
    return lemma == "hit" and verb.i > 1 and _year(verb.doc[verb.i - 1]) and verb.doc[verb.i - 2].tag_ in ("DT", "PRP$", "POS")


def _year(token: Token) -> bool:
    """Whether ``token`` is a year ('1968')."""
    return token.tag_ == "CD" and len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _named(thing: Token, words: frozenset[str]) -> bool:
    """Whether ``thing`` is one of ``words``, or a name its compound or the word the parser read as the next verb says
    is one ('the morning show Rise and Shine', 'the quiz show Brain Drain')."""
    after = thing.doc[thing.i + 1] if thing.i + 1 < len(thing.doc) else None
    return thing.lemma_.lower() in words or any(c.dep_ == "compound" and c.lemma_.lower() in words for c in thing.lefts) or (
        after is not None and after.dep_ == "ccomp" and after.head.i == thing.head.i and after.lemma_.lower() in words)
