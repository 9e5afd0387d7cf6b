"""A quoted paragraph that runs on into the next, whose quotation a cue after it closes, is that
cue's speaker's, not the report's before it:

    The mayor faced critics who say the plan is too big.
    "We waited ten years for homes.
    "This plan brings families back," said the mayor, Ana Ruiz.

The first paragraph's quotation stays open (no closing mark: the convention for one speaker's
quotation going on over paragraphs), and the next paragraph opens at once with the rest of it,
which a report of its own holds ('said the mayor'); or runs on over more open paragraphs
before that one. ``direct.leading_quotes`` then joins the two
to that report; a quotation after a report with no such sequel still goes on with the report
before it (``direct._after_report``). Only with the same opening mark on every paragraph: a writer
running one quotation on opens each paragraph alike, and a paragraph opened otherwise ('"' before
'\u201c') is another quotation, such as an excerpt set in straight marks before a curly one. In single marks
too, British style ('\'We waited ten years.' / '\'This plan brings families back,\' she said.'), where only a
single mark after the quotation's last stop or comma closes it (not the apostrophe of 'rock 'n' roll')."""

from __future__ import annotations

import re

from ..quotes import OPENING, Quote
from .candidate import SPEECH, Candidate

#: how many open paragraphs a quotation may run over before the one its cue closes
MAX_RUN = 4
CLOSING_MARKS = ('"', "\u201d")
#: the single marks that open a quotation, and a single mark closing one: after its last stop or comma
SINGLE_OPENING = "'\u2018"
#: every mark that opens a paragraph of a quotation running on
_RUNNING = OPENING + '"' + SINGLE_OPENING
_SINGLE_CLOSE = re.compile("[,.!?;][\u2019'](?!\\w)")


def claimed_after(text: str, q: Quote, cands: list[Candidate]) -> bool:
    """Whether ``q`` stays open at its paragraph's end and the next paragraph opens at once with a
    quotation that a report of speech holds as its first content."""
    if q.closed:
        return False
    end = q.end
    for _ in range(MAX_RUN):
        rest = text[end : end + 8]
        gap = len(rest) - len(rest.lstrip())
        after = end + gap
        if "\n" not in rest[:gap] or after >= len(text) or text[after] not in _RUNNING or not same_marks(text, q, after):
            return False
        if any(c.nature == SPEECH and c.quoted and c.cue is not None and c.contents and after <= c.contents[0][0] <= after + 2
               for c in cands):
            return True
        next_end = _left_open(text, after)
        if next_end is None:
            return False
        end = next_end
    return False


def _left_open(text: str, start: int) -> int | None:
    """The end of the paragraph opening at ``start`` with a quotation mark when its quotation
    stays open to the paragraph's end (no closing mark in it: a third paragraph of one speaker's
    quotation may still close on that speaker's cue), else None."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if text[start] in SINGLE_OPENING:
        return None if _SINGLE_CLOSE.search(text, start + 1, end) else end
    return None if any(m in text[start + 1 : end] for m in CLOSING_MARKS) else end


def same_marks(text: str, q: Quote, opened: int) -> bool:
    """Whether the quotation opening at ``opened`` opens with the mark ``q`` opens with ('"' and '"',
    '\u201c' and '\u201c'), as one quotation run on over paragraphs does."""
    return text[q.open : q.open + 1] == text[opened : opened + 1]
