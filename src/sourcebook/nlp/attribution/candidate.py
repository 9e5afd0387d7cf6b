"""The working record of one attribution while rules find and complete it."""

from __future__ import annotations

from dataclasses import dataclass, field

# a cue's nature decides the record's kind: speech -> direct/indirect/mixed by the content
SPEECH, BELIEF, ACCORDING, OTHER = "speech", "belief", "according_to", "other"

_TRIM = " \t\r\n,;:.!?\u2014\u2013-\"'\u201c\u201d\u2018\u2019`()[]"


@dataclass
class Candidate:
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    contents: list[tuple[int, int]]
    nature: str = SPEECH
    source_token: int | None = None  # index of the source's head token in the Doc
    sentence: int = 0  # index of the cue's sentence
    medium: str | None = None
    relayed_by: str | None = None
    confidence: float = 0.8
    quoted: bool = False  # a content span came from a quotation
    parent: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        points = [s for s, _ in self.contents]
        if self.cue:
            points.append(self.cue[0])
        return min(points) if points else 0

    @property
    def end(self) -> int:
        return max(e for _, e in self.contents) if self.contents else (self.cue[1] if self.cue else 0)


def trim(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    """Shrink (start, end) past punctuation and spaces at both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def trim_content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A content span without outer spaces/commas and without a leading 'that'."""
    start, end = trim(text, start, end, " \t\r\n,;:\u2014\u2013-")
    lowered = text[start : start + 5].lower()
    if lowered == "that " or lowered == "that\n":
        start, end = trim(text, start + 4, end, " \t\r\n,;:")
    # a closing period, or an unbalanced bracket or mark left by the parse
    while end > start and text[end - 1] in ".,;:":
        end -= 1
    return (start, end) if end - start > 1 else None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]
