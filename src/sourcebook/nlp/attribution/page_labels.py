"""Labels before a colon that name no speaker of what follows, as a web page sets them.

A figure's label, as a price list or a spec table has it: 'Easy Access Saver: 3.1% AER variable.', 'Pro plan: £9
a month'. The words after the colon open with an amount in digits and hold no finite verb up to a comma or their
sentence's end: a value set against its label, no one's words. Not a headline's colon with a clause after it
('Mayor: 40 jobs will go'), nor a transcript's turn, a label in capitals or one opening other lines too ('OKAFOR:
40 percent. That is the number we promised').

A post's byline on a forum or under an article: 'Reply from Maltfloor: Not dead, just hungry', 'Comment by
Jenny_K: Lovely photos'. The post is the page's own text under its writer's name, as a blog's is, not a turn
of a transcript that the label's repeating would make of it (``heading_labels``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...model import CURRENCY_SIGNS
from .candidate import Candidate

#: the tags of a finite verb
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])
#: a post's byline: the post's noun, 'from' or 'by' and its writer's name or handle
_BYLINE = re.compile(r"(?:re(?:ply|sponse)|comment|post(?:ed)?|answer(?:ed)?|quote|review(?:ed)?)s?\s+(?:from|by)\s+\S+",
                     re.IGNORECASE)


def without_page_labels(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the colon cues after a figure's label or a post's byline (``text``: the Doc's, read once:
    ``Doc.text`` joins every word again at each reading)."""
    return [c for c in cands if not _page_label(doc, text, c)]


def _page_label(doc: Doc, text: str, cand: Candidate) -> bool:
    if cand.cue is None or text[cand.cue[0] : cand.cue[1]] != ":" or not cand.contents:
        return False
    label = text[cand.source[0] : cand.source[1]].strip() if cand.source is not None else ""
    if _BYLINE.fullmatch(label):
        return True
    span = doc.char_span(*min(cand.contents), alignment_mode="expand")
    # (figures in digits: a number in words opens a turn as well, 'First time across in two years.')
    if span is None or not len(span) or not (span[0].text[:1] in CURRENCY_SIGNS or span[0].text[:1].isdigit()):
        return False
    # (the whole text searched for the label only now, for the few colons before a figure)
    if label.isupper() or _opens_lines(text, label):
        return False  # (a transcript's turn may open with a figure: 'OKAFOR: 40 percent. That is the number we promised')
    sentence = span[0].sent
    words = doc[span[0].i : min(span.end, sentence.end)]
    # (up to its first comma: what follows may qualify the value, '£9 a month, billed yearly')
    cut = next((t.i for t in words if t.text in (",", ";")), words.end)
    return not any(t.tag_ in _FINITE for t in doc[span[0].i : cut])


def _opens_lines(text: str, label: str) -> bool:
    """Whether ``label`` opens two lines or more before a colon, a speaker's turns."""
    return bool(label) and len(re.findall(r"(?m)^[ \t]*" + re.escape(label) + r"[ \t]*:", text)) > 1
