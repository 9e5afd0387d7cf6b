"""A time stamp that opens a line before a speaker's label: a live blog's entry or a transcript's
turn ('[07:02] HOST NAME: Good morning', '14:05 Health minister Ana Ruiz: "X"', '(9.30am) ALDER: Y',
'07.12 - @marta_cycles: Y').
The stamp says when the words were said, not who said them: the label after it names the speaker,
and a turn the stamp opens is still a turn that runs to its line's end. Not a stamp with no label
after it ('10:15 The council said X': the sentence's own cue reports it), nor a clock time that is
the label itself ('10:30: Polls open', '2.45pm BST: X', its zone no speaker), which names no one."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .clock_times import CLOCK, HOUR, ZONE
from .tables import text_of

#: a clock time, bracketed or not, with an optional am/pm and zone, then a space on its line: '[07:02] ', '10:42 ',
#: '(9.30am) ', or a dash set off after it, as a live page writes: '07.12 - ' (a pattern for a line's opening in other
#: patterns too)
STAMP = rf"(?:[\[(]?{CLOCK}[\])]?(?:[ \t]+[-\u2013\u2014])?[ \t]+)"
_STAMP = re.compile(STAMP)
#: a bracketed or bare clock time alone ('14:05 GMT', '[9.30am ET]'), whose zone the stamp's pattern would leave behind
_CLOCK_ALONE = re.compile(rf"[\[(]?{CLOCK}[\])]?")


def _stamp_end(text: str) -> int:
    """The length of the time stamp opening ``text`` (0 for none)."""
    match = _STAMP.match(text)
    return match.end() if match else 0


def after_stamp(sent: Span, colon: Token) -> Span:
    """The words of ``sent`` before ``colon``, after a time stamp opening them when a word is left."""
    doc = sent.doc
    words = doc[sent.start : colon.i]
    before = text_of(doc)[sent.start_char : colon.idx]
    if _CLOCK_ALONE.fullmatch(before.strip()):
        return words  # (a time and its zone is the label itself, no speaker after a stamp: '2.45pm BST: X')
    skip = _stamp_end(before) if len(words) > 1 else 0
    if not skip:
        return words
    start = next((t.i for t in words if t.idx >= sent.start_char + skip), colon.i)
    return doc[start : colon.i] if start < colon.i else words


def opens_after_stamp(before_label: str) -> bool:
    """Whether the text between a line's start and a label is blank or a time stamp alone."""
    text = before_label.lstrip()
    return not text or _stamp_end(text + " ") == len(text) + 1


#: a clock time the parser may hang on the name after it: '9.14pm', '10:42', '7 p.m.', then a space
_CLOCK = re.compile(rf"(?:{CLOCK}|{HOUR}(?:[ \t]?{ZONE})?)\s+(?=\w)")  # (a bare hour here only: 'At 7 p.m. Hurst wrote')


def without_clock(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of a source without a clock time that opens it ('At 9.14pm Hurst wrote: "X"', the time read
    as a word of the name): when a message was sent or a word said, not who said it."""
    found = _CLOCK.match(text, span[0], span[1])
    return (found.end(), span[1]) if found is not None and found.end() < span[1] else span
