"""A participle set off by a comma or a dash that closes a content but is no part of what was said:
the writer's comment on the report or the reporter's next act.

'She said the plan was "a distortion," describing the staff as able': the speaker's own words end at
the closing quotation mark, and the participle after it, outside any quotation, is the writer's account
of what the speaker did next or of what the words did ('..., sparking speculation', '..., referring
to the July summit'). 'The council pledged to cut fees, reversing a decade of rises' /
'proposed to scale back the rule, siding with the critics': after an infinitive content (an act
promised or proposed) the participle tells what the promise does, not what was promised.

Elsewhere PolNeAR keeps such a participle in the content (a participle after a clause with no
quotation, 'said the shares fell, wiping out $1 billion', is as often part of the report), so only
these two cases end before it. ``trailing_reports`` splits off a participle of saying that is a
record of its own; this ends the content before any set-off participle in the two cases.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .candidate import Candidate, trim_content
from .syntax import SUBJECTS
from .tables import words_of

_QUOTES = "\"'\u201d\u2019\u201c\u2018"
_OPENING = "\u201c\u2018"
#: the marks that set a clause off (a comma, dashes)
SET_OFF = ",\u2014\u2013-"
#: the prepositions that open a list, whose items a participle may go on ("including fraud, lying to agents")
_LISTING = frozenset(["including", "like", "such"])


def end_before_set_off_acts(doc: Doc, text: str, cands: list[Candidate],
                             then: Callable[[Candidate, Candidate], None]) -> None:
    """End each content after its cue that a set-off participle closes after a closing quotation mark or
    after an infinitive content before that participle (in place); ``then`` is called with the participle's
    own candidate, a report of its own ('..., suggesting that X'), and the candidate whose content it left."""
    for cand in cands:
        if cand.cue is None or cand.aside or not cand.contents or cand.contents[-1][0] < cand.cue[1]:
            continue
        start, end = cand.contents[-1]
        found = _set_off_participle(text, doc, (start, end))
        kept = trim_content(text, start, found[0]) if found is not None else None
        if found is None or kept is None or not any(ch.isalnum() for ch in text[kept[0] : kept[1]]):
            continue
        cand.contents[-1] = kept
        for inner in cands:
            if inner is not cand and inner.verb == found[1]:
                then(inner, cand)


def _set_off_participle(text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the content ends before a set-off participle that closes it after a closing quotation mark
    or after an infinitive content ('said X was "a distortion," describing Y': after 'distortion,"'), and
    the participle's index; else None."""
    words = doc.char_span(*span, alignment_mode="contract")
    if words is None or len(words) < 4:
        return None
    # (only a word tagged VBG and hung as 'advcl' can be such a participle, ``_participle``: the words' tables,
    # current after every change of the parse (``tables.forget``), find them without a Token for each word)
    table = words_of(doc)
    found = [k for k in range(words.start + 2, words.end) if table.tag[k] == "VBG" and table.dep[k] == "advcl"]
    if not found:
        return None
    last = max((t.i for t in words if not t.is_punct), default=words.end - 1)
    root = words.root
    infinitive = root.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
    for token in (doc[k] for k in found):
        if not _participle(token, words.start, words.end) or token.right_edge.i < last:
            continue
        first = token.left_edge
        before = first.i - 1
        while before > words.start and doc[before].is_punct:
            before -= 1
        if before <= words.start:
            continue
        start = doc[before].idx + len(doc[before])
        gap = text[start : first.idx]
        if not any(c in SET_OFF for c in gap) or any(c in _OPENING for c in gap) or gap[-1:] in _QUOTES:
            continue  # (not '..., "depending on X"': an opening quotation mark, the participle quoted)
        closing = max((start + k for k, c in enumerate(gap) if c in _QUOTES and (k == 0 or not gap[k - 1].isspace())),
                      default=-1)
        if closing >= 0:  # 'was "a distortion," describing Y': the quoted words end the content
            return closing + 1, token.i
        listed = any(t.dep_ == "prep" and t.lower_ in _LISTING for t in doc[before].ancestors)
        if infinitive and token.head.i == root.i and not listed:  # 'pledged to cut fees, reversing Y'
            return start, token.i  # (not 'to charge him with three crimes, including fraud, lying to agents and X')
    return None


def _participle(token: Token, start: int, end: int) -> bool:
    """A participle with no subject of its own ('describing Y', 'while trying to X'), hung on a word of the
    content."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or not start <= token.head.i < end:
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in token.children):
        return False
    first = token.left_edge
    return first.i == token.i or first.i == token.i - 1 and first.dep_ == "mark" and first.lower_ in ("while", "before")
