"""A transcript's stage directions at the edge of a content: '[crosstalk]', '(laughs)', '[inaudible]'
(``stage_directions.txt``) are what the transcriber heard, no word of the speaker's, so a turn's
content runs from the first said word to the last ('OKORO: It will take them through our farms.
[crosstalk]' is 'It will take them through our farms'). One inside the words stays with them
('The storms I could do without. (pauses) The last one took the boat.'), as a quotation's ellipsis
would."""

from __future__ import annotations

import re

from ..lexicon import word_set

_SPACES = " \t\r\n\u00a0"
#: a bracketed direction opening the span, and one closing it
_OPENING = re.compile(r"[\[(]([^\[\]()\n]{1,40})[\])]")
_CLOSING = re.compile(r"[\[(]([^\[\]()\n]{1,40})[\])]$")


def _direction(words: str) -> bool:
    return " ".join(words.lower().split()) in word_set("attribution/stage_directions")


def without_directions(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the stage directions at its ends (and the spaces beside them)."""
    while start < end:
        opening = _OPENING.match(text, start, end)
        if opening is None or not _direction(opening.group(1)):
            break
        start = opening.end()
        while start < end and text[start] in _SPACES:
            start += 1
    while start < end:
        closing = _CLOSING.search(text, start, end)
        if closing is None or not _direction(closing.group(1)):
            break
        end = closing.start()
        while end > start and text[end - 1] in _SPACES:
            end -= 1
    return start, end
