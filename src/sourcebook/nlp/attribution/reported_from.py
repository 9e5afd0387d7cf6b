"""A correspondent's place of work after 'from', which reports nothing: 'Tom Vane reported from Kelvaro; Mira Holt,
from the capital.' (the credit line closing a wire story), 'She has reported from every flood zone in the region this
year' (a career). The verb has 'from' right after it and nothing it says: no object, no clause, no quotation in its
sentence. Not 'reported from Kelvaro that the river had burst its banks', nor '"The river is rising," she reported
from Kelvaro', nor 'reported from a survey of 400 firms a rise in X' (an object), which keep their reports."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from ..sentences import sentence_of
from .kids import children_of

#: verbs of a correspondent's work (``dispatch_verbs.txt``)
_DISPATCH = word_set("attribution/dispatch_verbs")
#: what a verb says or does to: an object, a clause, a quotation or a second clause beside it
_SAYS = frozenset(["dobj", "ccomp", "xcomp", "parataxis", "attr", "oprd", "dative"])
#: the words that open a phrase of time the parser may read as an object ('reported from X this cycle')
_TIME_DETERMINERS = frozenset(["this", "that", "last", "next", "every", "each"])


def reported_from(verb: Token) -> bool:
    """Whether ``verb`` is a verb of a correspondent's work with 'from' right after it (past an adverb:
    'reported live from X') and nothing it says: 'reported from Kelvaro'."""
    if verb.lemma_.lower() not in _DISPATCH or verb.dep_ in ("parataxis", "ccomp", "xcomp"):
        return False
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if after >= len(doc) or doc[after].lower_ != "from" or doc[after].head.i != verb.i:
        return False
    if any(c.dep_ in _SAYS and not (_time_phrase(c) or _next_credit(c)) for c in children_of(verb)):
        return False
    return not any(t.is_quote for t in sentence_of(verb))


def _time_phrase(word: Token) -> bool:
    """Whether ``word`` heads a phrase of time after the 'from' phrase, a demonstrative or 'every' and a noun
    ('this cycle', 'every week'), the object the parser made of it."""
    return word.dep_ == "dobj" and word.i > word.head.i + 1 and word.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _TIME_DETERMINERS for c in word.children) and sum(1 for _ in word.subtree) == 2


def _next_credit(word: Token) -> bool:
    """Whether ``word`` is the next name of a credit line after a semicolon, with its own 'from' phrase, which the
    parser made the verb's object ('reported from Orvel; Brannigan, from Washington')."""
    doc = word.doc
    return word.dep_ == "dobj" and word.i > 0 and doc[word.left_edge.i - 1].text == ";" and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in word.children)
