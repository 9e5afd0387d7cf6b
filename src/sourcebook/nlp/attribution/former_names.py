"""A body's former name, given beside the one it goes by now, and that current name: one body
whichever name a source calls it by.

'Brightwell Energy, formerly known as Northgate Power, was fined. Northgate Power said X': the
speaker is Brightwell Energy, as it is for 'Orvell Insurance, now known as Kestrel Mutual' (Kestrel
Mutual), 'Tarrant Chemicals, which renamed itself Verdant Materials' and 'Halden Logistics
(formerly Tarn Freight)'. The names are runs of capitalised words (and the links between them);
``index.ArticleIndex`` reads these with the short names of ``short_names``.
"""

from __future__ import annotations

import re

from ...aliases import canonical_name

#: a name of capitalised words and the short words between them ('Bank of Tarn', 'Tarn & Co')
_NAME = r"([A-Z][\w&'\u2019.-]*(?:\s+(?:(?:of|for|and|the|de|&)\s+)*[A-Z][\w&'\u2019.-]*){0,6})"
#: ('once' and 'now' only with a verb of naming: 'Hale, now the nominee,' names no body)
_WAS = r"(?:(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?|once\s+(?:known\s+as|called|named))"
_NOW = r"(?:now\s+(?:known\s+as|called|named)|(?:since|later)\s+renamed)"
_RENAMED = r"which\s+(?:has\s+)?(?:renamed\s+itself|changed\s+its\s+name\s+to|was\s+renamed|is\s+now\s+(?:known\s+as|called))"
#: (the current name first, then the former; or the former first, then the current)
_CURRENT_FIRST = re.compile(rf"{_NAME}\s*[,(]\s*{_WAS}\s+(?:the\s+)?{_NAME}")
_FORMER_FIRST = re.compile(rf"{_NAME},\s+(?:{_NOW}|{_RENAMED})\s+(?:the\s+)?{_NAME}")
#: capitalised words opening a sentence before a name ('On Monday Brightwell Energy, formerly ...'): no part of it
_OPENERS = frozenset(["On", "In", "At", "After", "Before", "Since", "Last", "When", "While", "As", "But", "And", "Then", "Now",
                      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The"])
#: the words without which no article gives a former name (most give none: no search runs)
_CLUE_WORDS = ("formerly", "previously", "renamed", "changed its name")  # (found by plain searches in C)
_NAMED_WORDS = ("known", "called", "named")  # (of 'once known', 'now called': the pattern runs where one is)
_NAMED_ONCE = re.compile(r"(?:once|now)\s+(?:known|called|named)")


def former_names(text: str) -> dict[str, str]:
    """Each former name the article gives a body and the name it goes by now ('Northgate Power' ->
    'Brightwell Energy'), as ``canonical_name`` reads them, a leading 'The' left out."""
    out: dict[str, str] = {}
    if not (any(word in text for word in _CLUE_WORDS) or any(word in text for word in _NAMED_WORDS) and (
            _NAMED_ONCE.search(text))):
        return out
    for pattern, current_first in ((_CURRENT_FIRST, True), (_FORMER_FIRST, False)):
        for match in pattern.finditer(text):
            current, former = (match.group(1), match.group(2)) if current_first else (match.group(2), match.group(1))
            current, former = _bare(current), _bare(former)
            if current and former and current != former:
                out[former] = current
    return out


def _bare(name: str) -> str:
    """A name without the words opening its sentence ('The', 'On Monday') nor a closing full stop, as
    ``canonical_name`` reads it."""
    words = name.strip().rstrip(".").split()
    while len(words) > 1 and words[0] in _OPENERS:
        words = words[1:]
    return canonical_name(" ".join(words)) if words else ""
