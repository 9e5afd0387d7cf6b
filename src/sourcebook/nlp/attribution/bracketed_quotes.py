"""A quotation set off in brackets or dashes with its cue clause, inside another sentence:
'The agency ("we are reviewing every case," a spokesman said) declined to give numbers.'

The parser hangs such a cue clause on the sentence around it, so its content ran over the
words outside the brackets ('The agency (... declined to give numbers'). When a closed
quotation opens right after '(' or a dash and the cue clause after it ends at the matching
')' or dash, the report is the quotation alone; an inverted clause ('"...," said a spokesman)')
names its source after the cue, up to the bracket. So is a quotation closing the brackets after its cue
clause, which opens right after '(' ('The mayor (asked later, she said: "Not yet") left.'). Another
record's source or content that ran into the brackets from outside ends before them ('The firm said it would appeal ("...,"
a lawyer said) and shares rose': the firm's content is 'it would appeal').
"""

from __future__ import annotations

import re

from ..quotes import Quote
from .candidate import Candidate, trim

_OPENERS = "(\u2014\u2013"
_CLOSERS = {"(": ")", "\u2014": "\u2014\u2013", "\u2013": "\u2014\u2013"}
# between the quotation's closing mark and the cue clause: a comma at most
_GAP = re.compile(r"\s*,?\s*")
# after the cue clause, before the bracket: a few words ('on Monday'), no sentence's end
_TAIL = re.compile(r"[^.!?\"\u201c\u201d()\u2014\u2013\n]{0,60}")


def bracketed_quotes(text: str, cands: list[Candidate], quotes: list[Quote]) -> None:
    """Give a quoting cue clause set off in brackets or dashes only its quotation."""
    asides = []
    # (``_set_off`` holds only for a quotation opened right after a bracket or a dash, read once per quotation,
    # not for every candidate)
    marked = [bool(before) and before[-1] in _OPENERS for before in (text[max(0, q.open - 3) : q.open].rstrip() for q in quotes)]
    for cand in cands:
        if cand.cue is None:
            continue
        for q, opened in zip(quotes, marked, strict=True):
            if q.closed and q.close <= cand.cue[0] and opened and (end := _set_off(text, cand, q)):
                asides.append((cand, text.rindex(text[max(0, q.open - 3) : q.open].rstrip()[-1], 0, q.open), end))
                break
            if q.closed and q.open >= cand.cue[1] and (found := _cue_first(text, cand, q)):
                asides.append((cand, *found))
                break
    for owner, start, end in asides:
        for cand in cands:
            if cand is not owner:
                cand.source = _before(text, cand.source, start, end)
                cand.contents = [s for s in (_before(text, c, start, end) for c in cand.contents) if s is not None]


def _before(text: str, span: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    """``span`` cut before an aside (``start``, ``end``) it runs into from outside."""
    if span is None or not (span[0] < start < span[1] <= end + 1):
        return span
    cut = trim(text, span[0], start)
    return cut if cut[1] > cut[0] else None


def _set_off(text: str, cand: Candidate, q: Quote) -> int:
    """The offset of the bracket or dash closing the aside, 0 when the cue clause is no such aside."""
    assert cand.cue is not None
    before = text[max(0, q.open - 3) : q.open].rstrip()
    if not before or before[-1] not in _OPENERS:
        return 0
    source = cand.source if cand.source is not None and cand.source[0] >= q.close else None
    lo = min(cand.cue[0], source[0]) if source else cand.cue[0]
    if _GAP.fullmatch(text, q.close, lo) is None:
        return 0
    hi = max(cand.cue[1], source[1]) if source else cand.cue[1]
    tail = _TAIL.match(text, hi)
    end = tail.end() if tail else hi
    if end >= len(text) or text[end] not in _CLOSERS[before[-1]]:
        return 0
    if source is None:  # '"...," said a spokesman)': the source follows the cue
        named = trim(text, cand.cue[1], end)
        if named[1] <= named[0]:
            return 0
        cand.source = named
    cand.contents = [trim(text, q.start, q.end, " \t,")]
    cand.fallback = None
    return end


# the cue clause's opening bracket and the words before its cue: no sentence's end, no other bracket or quotation
_LEAD = re.compile(r"\(([^.!?\"\u201c\u201d()\n]{0,80})")
# between the cue and its quotation: a colon or a comma at most
_LINK = re.compile(r"\s*[:,]?\s*")


def _cue_first(text: str, cand: Candidate, q: Quote) -> tuple[int, int] | None:
    """The offsets of the brackets around a cue clause and the quotation after it that closes them ('(asked
    later, she said: "Not yet")'), the quotation then its only content; None when the clause is no such aside."""
    assert cand.cue is not None
    if _LINK.fullmatch(text, cand.cue[1], q.open) is None or not text[q.close : q.close + 4].lstrip(" .,").startswith(")"):
        return None
    start = text.rfind("(", max(0, cand.cue[0] - 81), cand.cue[0])
    if start < 0 or _LEAD.fullmatch(text, start, cand.cue[0]) is None:
        return None
    if cand.source is not None and cand.source[0] < start:
        return None
    end = text.index(")", q.close)
    cand.contents = [trim(text, q.start, q.end, " \t,.")]
    cand.fallback = None
    return start, end
