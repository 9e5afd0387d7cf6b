"""The words of a kept record's cue, as the checks after the extractor read them (the forms the ranker's
threshold does not judge: ``impersonal_stances``, ``talked_about``, ``sure_clauses``, ``among_holders``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...model import Attribution


def cue_words(doc: Doc, record: Attribution) -> Span | None:
    """The words ``record``'s cue covers; None when it has no cue or its characters make no words."""
    if record.cue is None:
        return None
    span = doc.char_span(record.cue.start, record.cue.end, alignment_mode="expand")
    return span if span is not None and len(span) else None
