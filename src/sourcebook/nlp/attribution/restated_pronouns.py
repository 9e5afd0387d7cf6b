"""A lone 'this' that a verb of making a statement known takes, standing for the statement before it.

'The state will hire 500 nurses by June. The commissioner disclosed this while speaking to
journalists on Monday.': many presses close a reported paragraph with its source in a sentence of
its own ('stated this', 'revealed this', 'disclosed this'), whose object points back at what was
said; the pronoun is the content, as 'The company denies this.' is for a verb that disputes.
Only 'this' or 'these' with no words of its own, the verb's one object, with no clause of the
verb's (``restating_verbs.txt``), and not in the text's first sentence, where it points at nothing.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon import word_set
from ..sentences import sentence_of

#: the pronouns that point back at a statement ('stated this'; not 'that' or 'it', which open or stand for a thing)
_POINTERS = frozenset(["this", "these"])


def restated_pronoun(verb: Token, contents: list[tuple[int, int]]) -> bool:
    """Whether the one content of ``verb`` is a lone 'this' it takes as its object, the verb one of
    making a statement known, after the text's first sentence ('The governor stated this in Kano')."""
    if verb.lemma_.lower() not in _verbs() or len(contents) != 1:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ not in _POINTERS or any(obj.children) or (obj.idx, obj.idx + len(obj)) != contents[0]:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return False
    return sentence_of(verb).start > 0


@cache
def _verbs() -> frozenset[str]:
    return word_set("attribution/restating_verbs")
