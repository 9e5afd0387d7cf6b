"""The noun a part of a count names after "of them" or "of whom".

"At least 60 people were killed, 12 of them children", "40 died, 12 of whom were children":
the part counts children, not the whole's people. ``part_noun`` gives that noun (plural, as
units are), or None when no such phrase follows the number.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["part_noun"]

_COPULAS = frozenset({"were", "are", "was", "is"})


def part_noun(last: Token) -> str | None:
    """The plural noun after "<number> of them/whom (were)", ``last`` being the number's last token."""
    doc = last.doc
    i = last.i + 1
    if i + 2 >= len(doc) or doc[i].lower_ != "of" or doc[i + 1].lower_ not in ("them", "whom"):
        return None
    i += 2
    if doc[i].lower_ in _COPULAS:
        i += 1
    if i < len(doc) and doc[i].tag_ == "NNS":
        return doc[i].lower_
    return None
