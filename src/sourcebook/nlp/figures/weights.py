"""A weight in pounds: "pounds" is money unless a word of weighing governs it ("The meteorite weighs 12 pounds",
"weighing 7 pounds", "a weight of 300 pounds"; lexicon ``figures/weighing_words``), when the figure is a measure of
mass ("pound" to pint) and no sum in sterling."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["weighed"]


def weighed(unit: Token, directory: str | Path | None = None) -> bool:
    """Whether the counted noun ``unit`` ("pounds") is the weight a word of weighing gives, right on it or through
    the preposition it hangs on ("a weight of 300 pounds")."""
    head = unit.head
    if head.dep_ == "prep" and head.lower_ in ("of", "at"):
        head = head.head
    return head.i != unit.i and head.lemma_.lower() in word_set("figures/weighing_words", directory)
