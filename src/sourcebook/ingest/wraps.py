"""Line breaks inside a sentence read as the spaces a reader sees, before anything reads the text.

A .txt article saved from an email, a wire feed or a terminal breaks its lines near a fixed width
(often 70 or 72 columns) inside sentences: '"The whole house shakes," said\\nJanet Murray, 68'; a
page's '<br>' does so anywhere ('the rota<br>had not been agreed'). Every later step reads a line
break as the end of something: a quotation left open at a line's end runs only to it, the parser
hangs the words after it on nothing, and a content stops at it ('its blasts were' for 'its blasts
were\\nwithin the legal limits'). Such a break becomes a space, one character for one, so the text
keeps its length:
- in a hard-wrapped text, a break the wrapper made: the next line's first word would have run past
  the text's width (its longest line). Only a text at most ``MAX_WIDTH`` and at least ``MIN_WIDTH`` wide,
  with at least ``MIN_WRAPS`` such breaks inside a sentence, is hard-wrapped: a page read to text has
  longer lines, or one a paragraph, each ending a sentence;
- in any text, a break the sentence runs on over: after a word or a comma, before a lower-case word
  ('the rota\\nhad not') or a comma.
A shorter line (a headline, a paragraph's last line) keeps its break, as does a line before an
indented one (a paragraph set apart by its indent only) or one opening like a list item or a
dialogue's dash ('- We stay, said X').
"""

from __future__ import annotations

import re

#: no wrapper breaks lines wider than this, nor narrower than that (a byline's or a list's short lines)
MAX_WIDTH, MIN_WIDTH = 100, 50
#: the lines a wrapper broke inside a sentence before a text is taken for hard-wrapped (one may be chance)
MIN_WRAPS = 2
#: what a line ends a sentence with ('."', '?)')
_STOPS = tuple(".!?:;\"'\u201d\u2019)]")
#: a line opening like a list item or a dialogue turn: its break is the writer's ('- We stay, said X')
_ITEM = re.compile(r"[-\u2013\u2014\u2022*>]|\d{1,2}[.)]\s|[A-Z][A-Z .'-]*:\s")
#: a line a sentence runs on to: a lower-case word ('had not been', not 'iPhone sales') or a comma
_RUNS_ON = re.compile(r"[a-z]+\b(?![\w-]*[A-Z])|[,;]")


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a sentence or made by a wrapper turned into a space."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    overran = [i for i in range(len(lines) - 1) if _overran(lines[i], lines[i + 1], width)] if (
        MIN_WIDTH <= width <= MAX_WIDTH) else []
    inside = sum(1 for i in overran if not lines[i].rstrip().endswith(_STOPS))
    ends = set(overran) if inside >= MIN_WRAPS else set()
    ends.update(i for i in range(len(lines) - 1) if _runs_on(lines[i], lines[i + 1]))
    if not ends:
        return text
    chars = list(text)
    at = -1
    for i, line in enumerate(lines[:-1]):
        at += len(line) + 1
        if i in ends:
            chars[at] = " "
    return "".join(chars)


def _paragraph_goes_on(line: str, after: str) -> bool:
    """Whether ``after`` may go on ``line``'s paragraph: both hold words, and ``after`` is not indented
    nor opens like a list item."""
    return bool(line.strip() and after.strip()) and not after[0].isspace() and not _ITEM.match(after)


def _overran(line: str, after: str, width: int) -> bool:
    """Whether a wrapper broke ``line`` before ``after``: ``after``'s first word would not have fit on it."""
    return _paragraph_goes_on(line, after) and len(line.rstrip()) + 1 + len(after.split(None, 1)[0]) > width


def _runs_on(line: str, after: str) -> bool:
    """Whether a sentence runs on from ``line`` to ``after``: a word or a comma before the break, a
    lower-case word or a comma after it."""
    end = line.rstrip()[-1:]
    return (end.isalnum() or end == ",") and _paragraph_goes_on(line, after) and bool(_RUNS_ON.match(after))
