"""A transcript's label with a bracket kept one sentence: 'SEN. LINDSEY MARLOWE (D-Ohio): Your agency was
warned twice.', 'MR. PENROSE (for the Crown): ...'. The parser ends a sentence after a name in capitals and
opens one at the bracket, so the colon rule (``attribution.markers``) read '(D-Ohio)' alone as the speaker.
A line opening with up to four words in capitals and a bracket closed right before a colon is one label: no
word of it after the first opens a sentence (``lines`` sets starts before the parser runs)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Protocol

# a line's label: capitals (a title's stop kept: 'SEN.'), then what the bracket adds, then the colon
_LABEL = re.compile(r"(?:^|\n)[^\S\n]*([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3} \([^:()\n]{1,40}\)):")


class _Marks(Protocol):
    @property
    def offsets(self) -> list[int]: ...

    def mark(self, i: int, start: bool) -> None: ...


def within_labels(starts: _Marks, text: str) -> None:
    """Mark every word of such a label but its first as opening no sentence."""
    for match in _LABEL.finditer(text):
        offsets = starts.offsets
        for i in range(bisect_right(offsets, match.start(1)), bisect_left(offsets, match.end(1) + 1)):
            starts.mark(i, False)
