"""A score let in or taken in a game, the object of a verb of conceding or claiming, which is no
one's words: 'The defence, which conceded only two goals, was the best', 'The bowler claimed three
wickets for 20 runs'. The sports sense takes a unit a side scores (``score_nouns.txt``) with a count
(or 'a') before it; 'The minister conceded the point' (a point in an argument, no count) and 'conceded that X'
(a clause) stay reports."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: the verbs whose object, a score with a count, is given away or won in a game
_SCORE_VERBS = frozenset(["concede", "claim"])
#: the score nouns that also name a step in an argument, given away with 'a' ('conceded a point to her critics')
_ARGUED = frozenset(["point"])


def counted_score(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """Whether ``obj`` of the verb of lemma ``lemma`` is a count of goals, points or runs let in or taken."""
    if lemma not in _SCORE_VERBS or obj.lemma_.lower() not in lex.score_nouns:
        return False
    # (or one: 'conceded a late goal', 'conceded a penalty'; not 'conceded a point', one in an argument)
    one = obj.lemma_.lower() not in _ARGUED and obj.tag_ == "NN"
    counts = ("no", "few", "a", "an") if one else ("no", "few")
    return any(c.dep_ == "nummod" and c.like_num or c.dep_ == "det" and c.lower_ in counts for c in obj.children)
