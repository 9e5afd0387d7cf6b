"""A trade noun right after a sentence in which something was done to the person it names.

``epithet_after`` lets a definite noun with an adjective stand for the one person the sentence
before made its subject ('Tom Reyes disputes the account. The retired engineer says X'). When that
sentence tells of something done to the person ('Lea Fox was injured when the wall fell', 'Ravi
Sood was questioned for an hour') or of their complaint ('Ida Lund complained the tram was late'),
a noun for a trade right after it ('The structural engineer said', 'The weary driver said', 'The
young lawyer said': ``trade_nouns.txt``) names whoever worked on the case, not them; it goes to
them only when the article gave them the word (a role, a title, an apposition).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

#: verbs whose subject tells of something they suffered or object to ('Ida Lund complained ...')
_GRIEVANCES = frozenset(["complain", "grumble", "moan"])


def acted_upon(token: Token) -> bool:
    """Whether a name is the subject of a passive ('Lea Fox was injured') or of a complaint."""
    if token.dep_ == "appos":
        token = token.head
    if token.dep_ == "nsubjpass":
        return True
    return token.dep_ == "nsubj" and (token.head.lemma_.lower() in _GRIEVANCES or any(
        c.dep_ == "auxpass" for c in token.head.children))


def trade(head: Token) -> bool:
    """Whether a noun names a trade (``trade_nouns.txt``: 'engineer', 'driver', 'lawyer')."""
    nouns = word_set("attribution/trade_nouns")
    return head.lower_ in nouns or head.lemma_.lower() in nouns


__all__ = ["acted_upon", "trade"]
