"""A quotation whose closing mark the writer forgot before the cue: '"We will balance the budget next year,
the treasurer, Ilse Novak, said on Monday.' / '"There is no other way," she added.' The mark never comes,
so the quotation runs on to its paragraph's end holding the cue and its speaker, and a quotation left open
at a paragraph's end is read as one running on to the next paragraph (``direct.leading_quotes``): the
treasurer's words went to the next speaker. A report of speech whose content opens the open quotation and
whose cue and source lie inside it, after that content, holds those words, as a closed quotation's report
does (``unowned_quotes`` keeps such a report for the same reason)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .candidate import SPEECH, Candidate

if TYPE_CHECKING:
    from .direct import QuoteIndex


def forgotten_close(cand: Candidate, index: QuoteIndex) -> bool:
    """Whether ``cand`` reports speech from inside a quotation left open, its content opening the quotation and
    its cue and source coming after that content in it (see the module's docstring)."""
    if cand.nature != SPEECH or cand.cue is None or cand.source is None or not cand.contents:
        return False
    q = index.around(*cand.cue)
    if q is None or q.closed:
        return False
    first = cand.contents[0]
    return (q.open <= first[0] <= q.start + 1 and first[1] <= min(cand.cue[0], cand.source[0])
            and q.start <= cand.source[0] and cand.source[1] <= q.end)
