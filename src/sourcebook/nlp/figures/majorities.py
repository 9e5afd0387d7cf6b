"""A share of a group named by a word and no number: 'A majority of voters in Orrin backed the plan', 'the vast
majority of those asked', 'a minority of members'.

A majority of a group is more than half of it and a minority less than half, a share a poll reports and another
report can confirm or contradict, as it can 'More than half of small firms' or 'Fewer than half of the hospitals';
the number grammar reads number words only, so these came out as no figure. ``majorities`` reads them as a
fraction of 0.5 with that bound ('more than', 'less than'; lexicon ``figures/majority_words``), only before 'of'
and the group it is a share of: a winning margin ('overturning a majority of nearly 6,000', 'a majority of
4,210'), a majority of its own ('won a majority in parliament') or a qualified one ('a two-thirds majority') is
none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..lexicon import tagged
from .grammar import alternation, lexicon
from .numbers import NumberExpr, interval

__all__ = ["majorities"]


@lru_cache(maxsize=4)
def _pattern(directory: str | Path | None = None) -> re.Pattern:
    lex = lexicon(directory)
    shares = tagged("figures/majority_words", "more", directory) | tagged("figures/majority_words", "less", directory)
    sizes = tagged("figures/majority_words", "size", directory)
    # the group after 'of' is no amount: no digit or currency sign, number word or qualifier in its first words
    amount = alternation([*lex.words, *lex.scales, *lex.article_numbers, *lex.vague, *lex.qualifiers, "a", "an"])
    return re.compile(
        rf"(?<![\w-])(?:an?|the)\s+(?:(?:{alternation(sizes)})\s+)?(?P<word>{alternation(shares)})\s+of\s+"
        rf"(?!(?:[\w'-]+\s+)?[\d$£€¥₹]|(?:{amount})\b)(?=[A-Za-z])",
        re.IGNORECASE,
    )


def majorities(text: str, directory: str | Path | None = None) -> list[NumberExpr]:
    """The majorities and minorities of a group in ``text``, each a fraction of 0.5 with its bound."""
    more = tagged("figures/majority_words", "more", directory)
    low_text = text.lower()
    if not any(word in low_text for word in more | tagged("figures/majority_words", "less", directory)):
        return []
    found = []
    for match in _pattern(directory).finditer(text):
        qualifier = "more than" if match.group("word").lower() in more else "less than"
        low, high = interval(0.5, qualifier, lexicon(directory))
        found.append(NumberExpr(match.start(), match.end("word"), 0.5, low, high, qualifier, "fraction", None,
                                match.start(), match.end("word")))
    return found
