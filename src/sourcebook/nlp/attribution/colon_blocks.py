"""A cue that ends its paragraph with a colon reports the paragraph after it, set off without
quotation marks (a block quotation whose marks the page dropped, a post or a statement shown
below the line that introduces it):

    The council's spokeswoman wrote:

    The depot will stay open until the end of the year and no driver will lose a shift.

or 'The union said in a statement:', 'One reader posted on the forum:'. The parse gives such a
cue no content (its sentence stops at the colon) and a quotation is what usually follows; when
none does, ``attach_quotes`` falls back on the paragraph (``Candidate.fallback``), one span a
line, and on a list of points that open with one bullet mark ('- The wall is too low.', an item ended by
a semicolon too: '- a pay rise of 9%;') or with their numbers ('1. Papers arrived late.', the number no part
of the point). Only a
verb cue with a source, the colon closing its line, and the next paragraph a sentence of its
own (not a heading, markup or a quotation). On PolNeAR train: 6 records, each a gold one (train tp +7:
the block's own inner reports nest in it).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidate import Candidate, trim
from .cleft_colons import cleft_pointers, manner_heading
from .placeholder_colons import placeholder_pointers

# the words between a cue and its colon: a short phrase of its own ('said in a statement',
# 'wrote on Facebook'), no sentence end, no quotation mark, no line break
_TO_COLON = re.compile(r"[^.!?;:\"\u201c\u201d\n]{0,40}:[ \t\u00a0]*\n")
# the next paragraph: after blank lines, up to its end
_PARAGRAPH = re.compile(r"\s*([^\n]+)")
_ENDS = ".!?\u2026\"\u201d\u2019)"
_NUMBER = re.compile(r"\d{1,2}[.)] ")
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def colon_blocks(text: str, cands: list[Candidate], doc: Doc) -> None:
    """Give each contentless verb cue closing its line with a colon the next paragraph as its
    fallback content."""
    # (a cleft's 'what' is none: 'Here is what she said:', ``cleft_colons``; nor 'the following:', ``placeholder_colons``)
    for cand in placeholder_pointers(text, cleft_pointers(doc, cands)):
        if cand.contents or cand.fallback or cand.cue is None or cand.source is None or cand.verb is None:
            continue
        if manner_heading(doc, cand):
            continue  # ('How people reacted:' says how; the paragraphs below report on their own)
        colon = _TO_COLON.match(text, cand.cue[1])
        if colon is None:
            continue
        block = _block(text, colon.end())
        if block and not (_what_heading(doc, cand) and _report_their_own(block, cands)):
            cand.fallback = block


def _what_heading(doc: Doc, cand: Candidate) -> bool:
    """Whether the cue of ``cand`` is the verb of a heading 'What they're saying:' ('what' its object, before it)."""
    return cand.verb is not None and any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < cand.verb
                                         for c in doc[cand.verb].children)


def _report_their_own(block: list[tuple[int, int]], cands: list[Candidate]) -> bool:
    """Whether every line of a list of two or more has a report of its own, with its cue and source in it: under a
    round-up's heading ('What they're saying:' then '- Police say X', '- The owner says Y') the lines report on their
    own and the heading labels them, as 'How people reacted:' does (``manner_heading``); under 'What the minister
    said:' they are the minister's words, and under 'The coastguard said:' the coastguard's report holds them."""
    return len(block) > 1 and all(
        any(c.cue is not None and c.source is not None and start <= c.cue[0] < end and start <= c.source[0] < end
            for c in cands) for start, end in block)


def _block(text: str, at: int) -> list[tuple[int, int]]:
    """The lines of the paragraph from ``at`` (one span a line: lines broken without a blank line
    between them run on), or of a list whose items open with one bullet mark; none when the first
    line is a quotation's, markup or no sentence."""
    lines: list[tuple[int, int]] = []
    bullet = None
    while (line := _PARAGRAPH.match(text, at)) is not None:
        words = line.group(1).strip()
        if not lines:
            # (a quotation is attach_quotes's; a heading or a label is no statement: 'Key points')
            bullet = _bullet(words)
            if words[:1] in _QUOTES or words[:1] == "<" or len(words.split()) < 4 or not _ended(words, bullet):
                return []
        elif text.count("\n", at, line.start(1)) > 1 and (bullet is None or _kind(_bullet(words)) != _kind(bullet)):
            break  # (a blank line ends the block, unless the list goes on)
        elif not _ended(words, bullet) or words[:1] == "<":
            break
        mark = _bullet(words) if bullet else None  # (the item's own number: '9. ' then '10. ')
        lines.append(trim(text, line.start(1) + (len(mark) if mark else 0), line.end(1)))
        at = line.end(1)
    return lines


def _bullet(words: str) -> str | None:
    """The mark that opens a list item ('\u2022 ', '- ', '* ', and 'l ', a bullet glyph read as a letter),
    or its number ('1. ', '2) '), which is no part of what the item says."""
    head = words[:2]
    number = _NUMBER.match(words)
    return head if head in ("\u2022 ", "- ", "* ", "l ", "\u25cf ") else number.group() if number else None


def _kind(mark: str | None) -> str | None:
    """A list mark with its number left out: the items of one numbered list open alike ('1. ', '2. ')."""
    return _NUMBER.sub("1. ", mark) if mark and _NUMBER.match(mark) else mark


def _ended(words: str, bullet: str | None) -> bool:
    """Whether a line ends as a sentence does, or as a list's item may, with a semicolon ('- a pay rise of 9%;')."""
    return words[-1:] in _ENDS or bullet is not None and words.endswith(";")
