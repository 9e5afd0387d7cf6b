"""The one who spends time doing something does it: 'The mayor spent most of his speech
defending the budget', 'She spent much of the run-up to the vote attacking the plan'. The
parser hangs the participle on the noun of the time spent ('speech', 'run-up'), which then
read as the participle's subject, as 'a group backing X' is; the doer is the subject of
'spend'. Only a participle on the object of 'spend' or on a noun inside it through 'of' and
other prepositions ('most of his speech', 'the week before the vote').
"""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import subject_of

_SPEND = frozenset(["spend", "devote"])


def spender(verb: Token) -> Token | None:
    """The subject of 'spend' whose object holds the participle ``verb``, or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ"):
        return None
    noun = verb.head
    for _ in range(4):
        if noun.dep_ == "dobj":
            break
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            return None
        noun = noun.head.head
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _SPEND:
        return None
    return subject_of(noun.head)
