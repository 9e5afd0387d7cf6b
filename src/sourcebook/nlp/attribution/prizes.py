"""A prize won in a contest, the object of 'claim', which is a deed and no one's words: 'The team
claimed their first win of the season', 'She claimed the title with a round to spare', 'claimed a
bronze medal' (``prize_nouns.txt``). The sports sense has a determiner, a possessor, a count or an
adjective before the prize (a win or a victory only with its winner or a figure, 'their first win',
'a 3-1 win': 'claimed a landslide victory' and the bare 'claimed victory' assert a win, as a candidate
does on election night, and stay reports, as do 'claimed that X' and 'claimed responsibility'). The
counted score of a game ('claimed three wickets') is ``scores``'s."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: the prizes that are a win itself, which a party also claims by asserting it
_WINS = frozenset(["victory", "win", "wins"])
#: the order words that count a side's wins ('their first win')
_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "latest", "sixth", "seventh", "tenth"])


def prize_claimed(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """Whether ``obj`` of the verb of lemma ``lemma`` is a prize won ('claimed the title')."""
    if lemma != "claim" or obj.lower_ not in lex.prize_nouns:
        return False
    before = [c for c in obj.children if c.i < obj.i]
    if obj.lower_ in _WINS:  # (a win is won only with its winner or a figure: not 'claimed a landslide victory')
        return any(c.dep_ == "poss" or any(t.like_num or t.lower_ in _ORDINALS for t in c.subtree) for c in before)
    return any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in before)
