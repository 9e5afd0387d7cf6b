"""A time written in parts ("in 27 minutes 31 seconds", "in 3 hours 41 minutes", "in 2hr 4min 12sec") is how long a
race, a count or a journey took: a measured figure, each part a duration of its own, not the time of the figures
around it. ``timex`` reads its first part as a stretch of time ("in 27 minutes"); ``in_parts`` tells ``build`` that
such a time is followed by another part, so that no figure of the sentence takes it as its time.
"""

from __future__ import annotations

import re

__all__ = ["in_parts"]

#: the next part of the same duration right after a time expression: "31 seconds", "41 min", ", 12sec"
_NEXT_PART = re.compile(r",?\s*(?:and\s+)?\d+(?:\.\d+)?\s*(?:minutes?|seconds?|mins?|secs?|hrs?)\b", re.IGNORECASE)


def in_parts(text: str, end: int) -> bool:
    """True when the time expression ending at ``end`` runs on into another part of the same duration."""
    return _NEXT_PART.match(text, end) is not None
