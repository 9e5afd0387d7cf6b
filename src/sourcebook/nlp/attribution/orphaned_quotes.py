"""Reports inside a quotation whose holder was dropped: the quoted speaker's words, not the
writer's report (``drop_orphaned``, for ``build`` after the ranker).

'"They promised to call us back, and nobody did," the tenant said' nests 'They promised' in the
tenant's quotation. When the ranker drops the tenant's report (a low confidence), the nested one
goes up to the top and would stand alone as the writer's report of what 'they' promised.
``unowned_quotes`` drops such reports before nesting, when no record holds them; this drops the
ones a holder's loss sets free, by the same test: a report in a quotation by the quoted speaker
('I think'), by no one, or reporting words of the same closed quotation. A quotation whose
closing mark never comes keeps a third person's report ('"The count is final, said the clerk.'
with the mark forgotten). A transcript's turn ('"SMITH: We will vote no."') is no report in
someone's words: the transcript is quoted whole, and its turns stay.
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Attribution
from .direct import QuoteIndex
from .unowned_quotes import quoted_speakers


def drop_orphaned(records: tuple[Attribution, ...], quotes: QuoteIndex,
                  first_second: frozenset[str]) -> tuple[Attribution, ...]:
    """``records`` without the top-level reports said inside a quotation (``_quoted``), nor the
    reports nested in them; the ids numbered again a1, a2, ... in order."""
    dropped = {r.id for r in records if r.parent is None and _quoted(r, quotes, first_second)}
    if not dropped:
        return records
    by_id = {r.id: r for r in records}

    def lost(record: Attribution) -> bool:
        up: str | None = record.id
        steps = 0
        while up is not None and steps <= len(by_id):
            if up in dropped:
                return True
            up, steps = by_id[up].parent if up in by_id else None, steps + 1
        return False

    out = [r for r in records if not lost(r)]
    ids = {r.id: f"a{n}" for n, r in enumerate(out, start=1)}
    return tuple(replace(r, id=ids[r.id], parent=ids.get(r.parent or "")) for r in out)


def _quoted(record: Attribution, quotes: QuoteIndex, first_second: frozenset[str]) -> bool:
    """Whether the record's cue lies in a quotation that makes it the quoted speaker's words:
    no source or a first or second person, or a closed quotation its contents start in."""
    if record.cue is None or not record.contents:
        return False
    quote = quotes.around(record.cue.start, record.cue.end)
    if quote is None:
        return False
    if record.source is not None and record.cue.text == ":" and record.source.text.isupper():
        return False  # a transcript's turn
    subject = record.source.text.lower() if record.source is not None else None
    return quoted_speakers(quote, subject, [c.start for c in record.contents], first_second)
