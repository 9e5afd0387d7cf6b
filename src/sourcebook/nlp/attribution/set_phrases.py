"""Set phrases of the writer's own built on 'say', which report no one's words (for
``noncues.not_a_cue``): 'The same cannot be said for the ferry', 'the same could be said of X' (a
comparison the writer draws, its 'for' or 'of' phrase no content; with a modal only: 'The same was said of the
old pier when it opened' reports what people said), 'The harvest was poor, to say the
least' (a hedge), and 'one could say X', 'you might say Y' (the writer's own guess put as anyone's
words; not 'One said X', someone counted, nor 'it is said that X' or 'as they say', which PolNeAR
keeps as hearsay), 'Let us say X' or "let's say X" (a case the writer supposes; not 'Let me say that X', a
speaker's own words), and 'All told, X' ('in all': the writer's sum, 'told' with only 'all' before it and a
comma right after it; not 'All told reporters X', nor 'They all told the same story', where those counted
spoke)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: what a set phrase's passive 'said' has for its subject ('the same', 'much the same')
_SAME = frozenset(["same"])
#: the modals of a guess put as anyone's words ('one could say', 'you might say')
_GUESSES = frozenset(["could", "might", "would"])
#: the generic persons of that guess
_ANYONE = frozenset(["one", "you"])
#: the marks right after the 'told' of 'All told, X'
_SUM_BREAKS = frozenset([",", "\u2014", "\u2013", "--"])


def set_phrase(verb: Token) -> bool:
    """Whether the verb of saying ``verb`` is part of one of the writer's set phrases (see the module)."""
    if all_told(verb):
        return True  # 'All told, the repairs cost $4 million': a sum, no telling
    if verb.lemma_.lower() != "say":
        return False
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _SAME for c in children) and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") for c in children) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return True  # 'The same cannot be said for X': the writer's comparison
    if any(c.dep_ == "dobj" and c.lower_ == "least" for c in children):
        return True  # 'to say the least': a hedge
    if verb.head.lemma_.lower() == "let" and any(c.dep_ == "nsubj" and c.lower_ in ("us", "'s") for c in children):
        return True  # 'Let us say the council agrees': a case supposed
    return any(c.dep_ == "nsubj" and c.lower_ in _ANYONE for c in children) and any(
        c.dep_ == "aux" and c.lower_ in _GUESSES for c in children)


def all_told(verb: Token) -> bool:
    """'All told, the repairs cost $4 million': 'told' right after an 'all' that opens its clause and
    right before a comma or a dash, the sum of what came before, no telling."""
    doc = verb.doc
    if verb.lower_ != "told" or verb.i < 1 or verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in _SUM_BREAKS:
        return False
    first = doc[verb.i - 1]
    return first.lower_ == "all" and (first.i == 0 or first.is_sent_start or doc[first.i - 1].is_punct)
