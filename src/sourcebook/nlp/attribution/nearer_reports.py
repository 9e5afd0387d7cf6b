"""A free quotation after a report in the writer's own sentence goes on with that report, not with
an earlier quoted one (``direct._owner``).

'"We have waited long enough," said Ana Ruiz, a tenant. She says the landlord never answered her
letters. "Nobody came to look at the damp."': the quotation opens the sentence right after 'She
says ...', the report nearest before it, and goes on with what that sentence reports; the earlier
quoted report would take it only by reading the whole sentence between as the rest of its own cue
clause. That holds whoever the later report is by: after '"...," said Ruiz. The landlord says the
flat was inspected. "..."' the quotation is the landlord's. Only for a report in the sentence right
before the quotation, later than the quoted report's own sentence, with no quotation mark between
the two (a report inside a quotation is the quoted speaker's, no sentence of the writer's), and not
one denied ('She did not say why.'), which goes on with nothing: ``direct._after_report`` decides
that, handed here as ``follows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .candidate import SPEECH, Candidate

#: double quotation marks, straight and curly (NYT's two apostrophes are checked as a pair)
_MARKS = frozenset("\"\u201c\u201d")


def nearer_report(text: str, best: Candidate, cands: Sequence[Candidate], q_open: int, q_sentence: int,
                  follows: Callable[[Candidate], bool]) -> Candidate | None:
    """The report in the sentence right before the quotation opened at ``q_open`` (in sentence
    ``q_sentence``) that should take it instead of ``best``, a quoted report from an earlier
    sentence; None when there is none."""
    if best.cue is None or not best.quoted or best.sentence >= q_sentence - 1:
        return None
    last = max(best.contents[-1][1] if best.contents else 0, best.cue[1], best.source[1] if best.source else 0)
    gap = text[last:q_open].lstrip(".,;:!?\"\u201d'\u2019 \t\n")  # (past the earlier quotation's closing mark)
    if last >= q_open or any(ch in _MARKS for ch in gap) or "''" in gap:
        return None  # (a report inside a quotation between is the quoted speaker's)
    for cand in reversed(cands):
        if (cand is best or cand.nature != SPEECH or cand.cue is None or not cand.contents
                or cand.sentence != q_sentence - 1 or not last <= cand.cue[0] < q_open):
            continue
        return cand if follows(cand) else None
    return None
