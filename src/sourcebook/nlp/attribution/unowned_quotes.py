"""Reports inside a quotation that no attribution holds: the quoted speaker's words, not the
writer's reports (``drop_unowned_inner``, for ``build``).

A report whose cue lies in quoted words ('"I think we can win"', '"They told me to wait, and
I waited"') belongs to whoever is quoted. When some record's content holds the cue, nesting
makes it that record's inner report; when none does, it was dropped by the quoted speaker ('I
think') or by no one, and kept by a third person ('they told me'): read as the writer's report
of what 'they' said, it shows a quoted speaker's account as a statement of its own. Such a report
is dropped too when its quotation is closed and its content starts inside it: speech within
speech. A cue in a quotation whose closing mark never comes ('"X, said Y.' with the mark
forgotten) or a report whose content lies past the quotation ('"strongly agree" that X', the
cue's own words quoted) stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ..quotes import Quote
from .candidate import Candidate
from .direct import Mask, QuoteIndex


def drop_unowned_inner(doc: Doc, text: str, cands: list[Candidate], quotes: QuoteIndex,
                       first_second: frozenset[str]) -> list[Candidate]:
    """The candidates without the reports inside a quotation that nobody's attribution holds:
    by the quoted speaker ('I think ...'), by no one, or reporting words of the same quotation."""
    held = Mask(len(text))
    for cand in cands:
        for c in cand.contents:
            held.add(c)
    keep = []
    for cand in cands:
        quote = quotes.around(*cand.cue) if cand.cue is not None else None
        if quote is not None and cand.cue is not None and not held.hits(cand.cue):
            subject = doc[cand.source_token].lower_ if cand.source_token is not None else None
            if quoted_speakers(quote, subject, [s for s, _ in cand.contents], first_second):
                continue
        keep.append(cand)
    return keep


def quoted_speakers(quote: Quote, subject: str | None, starts: Iterable[int], first_second: frozenset[str]) -> bool:
    """Whether a report whose cue lies in ``quote`` is the quoted speaker's words: by no one, by
    the quoted speaker ('I think'), or a closed quotation its contents (``starts``) open in ('"They
    told me we were done," she said': her account of what they said)."""
    if subject is None or subject in first_second:
        return True
    return quote.closed and any(quote.start <= s < quote.end for s in starts)
