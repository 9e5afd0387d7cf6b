"""Set phrases of the writer's own built on 'say', which report no one's words (for
``noncues.not_a_cue``): 'The same cannot be said for the ferry', 'the same could be said of X' (a
comparison the writer draws, its 'for' or 'of' phrase no content; with a modal only: 'The same was said of the
old pier when it opened' reports what people said), 'The harvest was poor, to say the
least' (a hedge), and 'one could say X', 'you might say Y' (the writer's own guess put as anyone's
words; not 'One said X', someone counted, nor 'it is said that X' or 'as they say', which PolNeAR
keeps as hearsay)."""

from __future__ import annotations

from spacy.tokens import Token

#: what a set phrase's passive 'said' has for its subject ('the same', 'much the same')
_SAME = frozenset(["same"])
#: the modals of a guess put as anyone's words ('one could say', 'you might say')
_GUESSES = frozenset(["could", "might", "would"])
#: the generic persons of that guess
_ANYONE = frozenset(["one", "you"])


def set_phrase(verb: Token) -> bool:
    """Whether the verb of saying ``verb`` is part of one of the writer's set phrases (see the module)."""
    if verb.lemma_.lower() != "say":
        return False
    children = list(verb.children)  # (read once: each walk makes its Tokens anew)
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _SAME for c in children) and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") for c in children) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return True  # 'The same cannot be said for X': the writer's comparison
    if any(c.dep_ == "dobj" and c.lower_ == "least" for c in children):
        return True  # 'to say the least': a hedge
    return any(c.dep_ == "nsubj" and c.lower_ in _ANYONE for c in children) and any(
        c.dep_ == "aux" and c.lower_ in _GUESSES for c in children)
