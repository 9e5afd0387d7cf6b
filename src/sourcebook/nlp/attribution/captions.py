"""A picture's pointer closing a source: 'Residents, pictured, say X', 'Head teacher Sue Marsh
(left) said X', 'The mayor, right, said X'. Papers point from a source to the photograph beside
the story with a word set off by commas or brackets; it names no part of who spoke, so a source
that ends with one ends before it (for ``build``, before speakers are resolved). A clock time opening a source
(``time_stamps``) goes too: when it was said, not who said it; and a letter's salutation ('Sir,', ``salutations``)."""

from __future__ import annotations

import re

from .candidate import close_bracket
from .line_openers import without_line_opener
from .salutations import without_salutation
from .time_stamps import without_clock

#: a pointer to a picture set off at the end of a source: ', pictured', ' (left)', ' (second right)'
_POINTER = re.compile(r"\s*(?:,\s*(?:pictured(?: above| below| left| right)?|above|below|inset|left|right|cent(?:re|er))"
                      r"|\((?:pictured|above|below|inset|(?:second |far )?(?:left|right)|cent(?:re|er))\))\s*,?\s*$",
                      re.IGNORECASE)


def without_picture_pointer(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of a source without a picture's pointer that ends it, and with the bracket it
    leaves open closed ('Helena Marsh (Chief Executive Officer' before a turn's colon: ``close_bracket``)."""
    span = without_clock(text, close_bracket(text, span))  # (nor a clock time opening it: ``time_stamps``)
    span = without_line_opener(text, span)  # (nor a list's glyph or a date's tag: '\u2022 Officials said': ``line_openers``)
    span = without_salutation(text, span)  # (nor a letter's 'Sir,': ``salutations``)
    found = _POINTER.search(text, span[0], span[1])
    if found is None or found.end() != span[1] or found.start() <= span[0]:
        return span
    return span[0], found.start()
