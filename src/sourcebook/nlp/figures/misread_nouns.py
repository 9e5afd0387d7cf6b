"""Verbs the tagger read as nouns right after a count: 'Some 30 staff work at the plant' (the parser makes 'work'
the sentence's root noun, and the counted noun would be 'staff work'), 'fewer than the 450 forecast in July' (a
past participle of a forecast, ``figures/forecast_words``, read as the noun counted: 'forecasts'). A singular
noun after a count that is the root of its sentence, or a forecast's word, counts nothing: the noun before it, if
any, is the counted one."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["misread_verb"]


def misread_verb(tok: Token) -> bool:
    """Whether ``tok``, a noun right after a count or after its counted noun, is a verb read as a noun."""
    if tok.tag_ != "NN":
        return False
    return tok.dep_ == "ROOT" or tok.lower_ in word_set("figures/forecast_words")
