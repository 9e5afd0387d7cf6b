"""Which of the number grammar's five small regexes (multiplier, ratio, fraction, ordinal, age group: the order
``numbers`` tries them in) can match where an expression may start, told from the word there.

``numbers`` tries each of them at every word before a number that may open an expression ('a', 'the', 'in', 'about'
stand before most numbers), and few of those start a multiplier, a ratio, a fraction, an ordinal or an age group. Each
opens with an optional qualifier ("about", "more than") and then a word of its own list or digits ("twice", "one
in five", "two thirds", "third", "over-65s"): where no qualifier stands, a regex none of whose own words is the word
at the start cannot match there, and is not tried. The answer is exact: the word at the start is read as re reads
a word, and where it is not ASCII (re's case-insensitive matching equates letters ``str.lower`` does not, 'ſ' and
's'), every regex is tried.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import Lexicon, alternation

__all__ = ["openers"]

#: the letters of a word as re's ``\w`` reads them
_LETTERS = re.compile(r"[^\W\d_]+")
_ALL = (True, True, True, True, True)


@lru_cache(maxsize=4)
def _openings(lex: Lexicon) -> tuple[re.Pattern[str], tuple[frozenset[str] | None, ...], tuple[bool, ...]]:
    """The qualifier the regexes share, the first words (lower case) each can open with after no qualifier
    (None: any), and whether each can open with a digit."""
    qualifier = re.compile(rf"(?:{alternation(lex.qualifiers)})\s+", re.IGNORECASE)
    units = [w for w in lex.words if w in lex.units]
    numbers = [*units, *(w for w in lex.words if w not in lex.units)]
    words = (
        [*lex.multipliers, *numbers, *(w + "fold" for w in numbers)],  # "twice", "three times", "threefold"
        numbers,  # "one in five"
        [*units, "a", "an", *lex.fractions],  # "two thirds", "a quarter", "half"
        list(lex.ordinals),  # "third"
        ["over", "under"],  # "the over-65s"
    )
    return qualifier, tuple(_first_words(w) for w in words), (True, True, False, True, False)


def _first_words(words: list[str]) -> frozenset[str] | None:
    """The first word (its letters, lower case) of each of ``words``; None when one opens with no ASCII word."""
    first = set()
    for word in words:
        letters = _LETTERS.match(word.lower())
        if letters is None or not letters.group().isascii():
            return None
        first.add(letters.group())
    return frozenset(first)


def openers(text: str, start: int, lex: Lexicon) -> tuple[bool, ...]:
    """Per regex (multiplier, ratio, fraction, ordinal, age group), whether it may match at ``start``."""
    qualifier, words, digits = _openings(lex)
    if start >= len(text) or qualifier.match(text, start):
        return _ALL
    letters = _LETTERS.match(text, start)
    word = letters.group() if letters else ""
    if not word.isascii():
        return _ALL
    word, digit = word.lower(), text[start].isdecimal()  # (re's ``\d``)
    return tuple(own is None or word in own or digit and opens for own, opens in zip(words, digits, strict=True))
