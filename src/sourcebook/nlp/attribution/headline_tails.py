"""A headline that ends with its cue and source after a comma ('Rail fares to rise 5%, says regulator',
'Hospital must close, warns watchdog'), read on a line of its own.

Parsed with the article, the paragraph break after the headline hangs on its last word, and the parser
then often reads that word as no subject ('regulator' a 'dep', or 'striker' the object of 'vows'), so the
rules find no report, or one whose source is the clause before the comma, in a line they read right
alone. When the first line has no closing stop and ends with a comma, a present form of a cue verb and
at most four words, and no candidate has its source after that comma and a content, the line is parsed
alone: when that parse gives the verb its source after the comma, its reports replace the line's.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from spacy.attrs import IDX
from spacy.tokens import Doc

from .candidate import Candidate
from .headline_subjects import HEAD_WORD, fold
from .mends import mend
from .reread import parsed
from .told_tails import told_tail

MAX_TAIL = 5  # the verb and at most four words of its source ('says industry body', 'warns former minister')


def _tail(line: str, forms: dict[str, bool]) -> int | None:
    """Where ', says regulator' (the line's last comma, a cue verb's present form, a short source) starts, if it ends the line."""
    comma = line.rfind(",")
    if comma < 0 or line.rstrip().endswith((".", "?", "!", ":")):
        return None
    tail = HEAD_WORD.findall(line[comma + 1 :])
    whole = 2 <= len(tail) <= MAX_TAIL and len(line[comma + 1 :].split()) == len(tail)
    return comma if whole and fold(tail[0]) in forms else None


def headline_tail(doc: Doc, text: str, cands: list[Candidate], nlp, rules, forms: dict[str, bool],
                  sentence_of: Callable[[int], int]) -> list[Candidate]:
    """``cands`` with the reports of the headline read alone when it ends ', says X' and none has X for its source."""
    end = text.find("\n")
    comma = _tail(text[:end], forms) if nlp is not None and 0 < end <= 300 else None
    # (a candidate with the tail's source but nothing reported has not read it: 'X, says pilots' union', the
    # fronted words a second subject of the verb)
    if comma is None or any(c.cue and comma < c.cue[0] < end and c.source and c.source[0] > comma and c.contents
                            for c in cands):
        return cands
    try:
        head = parsed(nlp, text[:end])
        mend(head)  # (as the article was: ``mends``)
        found = rules.find(head, list(head.sents)) if head.has_annotation("DEP") else []
    except Exception:  # noqa: BLE001 - a refinement, never a failure
        return cands
    found = [c for c in found if c.cue]
    if not any(c.cue[0] > comma and c.source and c.source[0] > comma and c.contents for c in found):
        return told_tail(doc, text, comma, end, cands, sentence_of)  # ('Teachers "at breaking point", warns union')
    starts = doc.to_array(IDX).tolist()
    for cand in found:
        cand.sentence = sentence_of(cand.cue[0])
        if cand.source_token is not None:
            cand.source_token = max(0, bisect_right(starts, head[cand.source_token].idx) - 1)
    return found + [c for c in cands if c.cue is None or c.cue[0] >= end]
