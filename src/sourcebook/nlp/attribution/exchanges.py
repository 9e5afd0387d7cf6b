"""'trade' or 'swap' with goods or places for its object, an exchange and no cue: 'has traded his usual
rallies for a town hall setting', 'traded the microphone with activists', 'The club traded its striker for two
defenders'. Only words passed between people are a report ('traded barbs about X', 'traded stories',
``traded_words.txt``); the cue tagger reads the verb as one with any object (train: 2 such records, both wrong)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of

_WORDS = word_set("attribution/traded_words")


def goods_traded(verb: Token) -> bool:
    """Whether ``verb`` is 'trade' or 'swap' with an object that is no words passed ('traded his rallies for X')."""
    if verb.lemma_.lower() not in ("trade", "swap"):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in _WORDS and c.lower_ not in _WORDS for c in children_of(verb))
