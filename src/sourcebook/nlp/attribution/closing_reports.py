"""A report that closes a sentence holds the sentence's earlier report:

    The mayor welcomed the ruling, saying the town was "ready to rebuild," the Gazette reported.
    Lopez toured the shelter and pledged to "reopen every school by May," the Herald said.

The closing cue ('the Gazette reported', 'the Herald said', 'according to X') passes on the
whole sentence before it; the parser ends its clause at the first report inside it (', saying',
'and pledged'), so the closing report's content stopped there and the inner report stood beside
it as a second report of its own, with the sentence's subject for its source. What the
Gazette reported runs to the end of the inner report's content, and the inner report (the
mayor's) is then nested in it (``build._nest``): the one who reports the sentence is its
source, and the mayor is still the speaker of the inner report.

Only when the closing report's content opens the sentence and ends right where the inner
report's cue begins, the inner report's content runs up to the closing cue (nothing but commas
and quotation marks between), and the inner cue is not inside the closing source ('Cruz, who
has proposed X, said' keeps its relative clause to itself).

With no report there, a phrase set off by commas between the content and the closing report is
the content's too: the parser hung it on a comma ('Three people were hurt, two of them badly,
the service said' reported the whole sentence, not 'Three people were hurt').
"""

from __future__ import annotations

from collections.abc import Callable

from .candidate import ACCORDING, SPEECH, Candidate

_BETWEEN = " ,\"'\u201c\u201d\u2018\u2019\n\t"


def widen_closing_reports(text: str, cands: list[Candidate], sentence_of: Callable[[int], int]) -> None:
    """Run a closing report's content on over the report before it in its sentence (in place)."""
    for tail in cands:
        if tail.cue is None or tail.source is None or not tail.contents or tail.nature not in (SPEECH, ACCORDING):
            continue
        opening = min(s for s, _ in tail.contents)
        end = max(e for _, e in tail.contents)
        closing = min(tail.cue[0], tail.source[0])
        if end > closing or sentence_of(opening) != sentence_of(tail.cue[0]):
            continue
        inner = _inner_report(text, cands, tail, end, closing)
        if inner is not None:
            tail.contents = [(opening, max(e for _, e in inner.contents))]
        elif _set_off(text, cands, tail, end, closing):
            tail.contents = [(opening, len(text[:closing].rstrip(_BETWEEN)))]


def _set_off(text: str, cands: list[Candidate], tail: Candidate, end: int, closing: int) -> bool:
    """Between the closing report's content and its cue lies a phrase set off by commas and no report
    ('Three people were hurt, two of them badly, the service said', the phrase hung on a comma)."""
    gap = text[end:closing]
    if not gap.lstrip(" \"'\u201d\u2019").startswith(",") or gap.rstrip()[-1:] != "," or "\n" in gap:
        return False
    if not any(ch.isalnum() for ch in gap) or any(ch in gap for ch in "\"\u201c\u201d;:()"):
        return False
    return not any(c is not tail and c.cue is not None and end <= c.cue[0] < closing for c in cands)


def _inner_report(text: str, cands: list[Candidate], tail: Candidate, end: int, closing: int) -> Candidate | None:
    """The report between the closing report's content and its cue, or None."""
    assert tail.source is not None
    for cand in cands:
        if cand is tail or cand.cue is None or not cand.contents:
            continue
        if not end <= cand.cue[0] < closing or tail.source[0] <= cand.cue[0] < tail.source[1]:
            continue
        if text[end : cand.cue[0]].strip(_BETWEEN) not in ("", "and") and not _only_subject(text, end, cand):
            continue
        last = max(e for _, e in cand.contents)
        if min(s for s, _ in cand.contents) < end or last > closing or text[last:closing].strip(_BETWEEN):
            continue
        return cand
    return None


def _only_subject(text: str, end: int, cand: Candidate) -> bool:
    """Between the closing content's end and the inner cue lies the inner report's source alone."""
    return cand.source is not None and end <= cand.source[0] and not text[end : cand.source[0]].strip(_BETWEEN) and (
        not text[cand.source[1] : cand.cue[0]].strip(_BETWEEN)) if cand.cue else False
