"""A count of goods ordered, a purchase and no report: 'The ministry has ordered six patrol ships
from a yard in the north', 'The airline ordered 40 new jets'. 'Order' commands as well as buys
('ordered a review of X', 'ordered the release of Y', 'ordered 300 troops to the border': a
command, which PolNeAR marks); an object counted by a numeral that names no people, with no
infinitive or clause after it, is the goods bought ('ordered eggs' is a meal: ``objects.creature``).
A count of acts is a command still ('ordered two inquiries', 'ordered three retrials', 'ordered
two evacuations'): a noun of an inquiry or a test (``poll_nouns.txt``, also after 're-') or one
ending '-tion' or '-sion' names an act to be done, not goods."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like

_BUYING = frozenset(["order"])  # (verbs of commanding that also buy)
#: the endings of a noun of an act ('investigation', 'evacuation', 'suspension')
_ACT_ENDINGS = ("tion", "sion")


def counted_goods(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """Whether ``obj`` of the verb of lemma ``lemma`` is a count of goods bought."""
    if lemma not in _BUYING or source_like(lex, obj) or obj.ent_type_ in ("PERSON", "NORP", "ORG"):
        return False
    if any(c.dep_ in ("relcl", "acl", "ccomp") or c.dep_ == "prep" and c.lower_ == "to" for c in obj.children):
        return False  # ('ordered 300 of them to the border'; 'ordered two reports that X')
    return any(c.dep_ == "nummod" and c.like_num for c in obj.children) and not names_act(lex, obj)


def names_act(lex: Lexicon, obj: Token) -> bool:
    """Whether ``obj`` names an act to be done rather than goods ('two inquiries', 'three retrials')."""
    lemma = obj.lemma_.lower()
    return lemma.endswith(_ACT_ENDINGS) or any(w in lex.poll_nouns for w in (lemma, lemma.removeprefix("re").lstrip("-")))
