"""A physical unit spelled out in words after a number, read whole: the unit before 'per' with the one after it
("320 kilometres per hour", "35 micrograms per cubic metre", "850 cubic metres per second", "412 parts per
million"), and units the abbreviations of ``figures/measure_units.json`` do not name (lexicon
``figures/spelled_units``: "35 acres", "2.5 million cubic metres", "45 tesla"). Such a figure is a measure, not a
count of "parts" or of "kilometres" alone, and pint reads its unit ("kilometer / hour", "meter ** 3 / second").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["spelled_unit"]

#: the words that count after 'per' as a unit of their own: "parts per million"
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
#: a modifier kept with the unit after 'per': "per cubic metre", "per square kilometre"
_MODIFIERS = frozenset({"square", "cubic"})


def spelled_unit(doc: Doc, head: Token, unit: str | None, units: frozenset[str]) -> str | None:
    """The measure's unit whose counted noun is ``head`` (read as ``unit``) with the 'per' phrase after it, or
    None when neither ``unit`` nor the whole is a unit of ``units`` ("car parts", "miles per gallon" is listed)."""
    if not unit:
        return None
    whole = unit + _per(doc, head.i + 1)
    if unit in units or whole in units:
        return whole
    return None


def _per(doc: Doc, i: int) -> str:
    """' per <unit>' written at token ``i`` ("per hour", "per cubic metre", "per million"), else ''."""
    if i + 1 >= len(doc) or doc[i].lower_ != "per":
        return ""
    words = []
    j = i + 1
    if doc[j].lower_ in _MODIFIERS and j + 1 < len(doc):
        words.append(doc[j].lower_)
        j += 1
    word = doc[j]
    # (the tagger reads "per second" as an ordinal adjective: it is still "megabits per second")
    if not (word.lower_ in _SCALES or word.lower_ == "second" or (word.tag_ in ("NN", "NNS") and word.is_alpha)):
        return ""
    words.append(word.lower_)
    return " per " + " ".join(words)
