"""Verbs of the lexicon in a sense of money matters, which report nothing (for ``senses.other_sense``): 'answer',
'respond to' or 'reply to' an advert, a listing or a phone call ('He answered an advert promising returns of 12% a
month', 'She responded to a listing for a flat', 'answered a call from a man claiming to be from his bank'; the
advert's words are its own, and the one who answers it says nothing; ``answered_notices.txt``; not 'responded to
calls for reform', nor 'answered questions'), and 'write off' or 'write down' a sum or a debt, cancelled or cut in the
books ('Kelda Bank has written off £640m of loans', 'wrote down the value of its stake by £85m', 'can write off debts
of up to £50,000'; ``written_off_nouns.txt``; not 'wrote off his chances', a judgement PolNeAR counts, nor 'wrote
down the names'). Money pages are full of both; PolNeAR leaves 'answers Rove ad' unmarked."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of

_NOTICES = word_set("attribution/answered_notices")
_WRITTEN_OFF = word_set("attribution/written_off_nouns")
_ANSWERING = frozenset(["answer", "respond", "reply"])
_BOOKED = frozenset(["off", "down"])
_SUMS = frozenset(["MONEY", "PERCENT"])


def money_sense(verb: Token) -> bool:
    """Whether ``verb`` answers an advert or a call, or writes off or down a sum or a debt (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma in _ANSWERING:  # (not with an infinitive the parser hung on the verb: 'responded to calls from X to quit')
        return not any(c.dep_ == "xcomp" for c in children_of(verb)) and any(_notice(o) for o in _answered(verb, lemma))
    if lemma != "write":
        return False
    children = list(children_of(verb))
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ in _BOOKED for c in children):
        return False
    things = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    # (the sum on the verb: 'wrote down its stake by £85m')
    return any(_sum(t) for t in things) or any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.ent_type_ == "MONEY" for g in c.children) for c in children)


def _answered(verb: Token, lemma: str) -> list[Token]:
    """What ``verb`` answers: its object, or the object of its 'to' ('responded to a listing')."""
    if lemma == "answer":
        return [c for c in children_of(verb) if c.dep_ == "dobj"]
    return [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


def _notice(thing: Token) -> bool:
    """An advert, a listing or a call, not a call for something ('calls for her resignation' are words; 'an advert
    for a fund' is still an advert)."""
    lemma = thing.lemma_.lower()
    if lemma not in _NOTICES:
        # (an advert the parser read as a compound of the noun after it: 'responded to adverts promising returns')
        return any(c.dep_ == "compound" and c.lemma_.lower() in _NOTICES and c.lemma_.lower() != "call"
                   for c in thing.lefts)
    # (a demand: 'calls for her resignation', 'calls from MPs to resign', its infinitive what is demanded)
    return not (lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "relcl") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in thing.children))


def _sum(thing: Token) -> bool:
    """A sum ('£640m of loans') or a debt, a loan or a value ('debts', 'the value of its stake')."""
    if thing.lemma_.lower() in _WRITTEN_OFF or thing.ent_type_ in _SUMS:
        return True
    # (the sum's head may be its number, 'm' or '£': look only at the words before the noun and the noun's 'of')
    return any(t.ent_type_ == "MONEY" for t in thing.lefts) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _WRITTEN_OFF for g in c.children)
        for c in thing.children)
