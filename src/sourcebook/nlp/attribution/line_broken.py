"""A quotation that closes its line is not the words of a cue on the next line that has a clause of its
own: '... how will you pay for it?"' and, on a new line, 'The senator said that the budget allows it.'
A quotation ending open ('?', '!', a comma) right before a cue clause is that cue's ('"Why?" she
asked'), and a line break between them is allowed for the cue set on the next line by itself ('"Why
not?"' / 'asked the mayor.'); but a cue that goes on to a content of its own after it reports that,
and the quotation above it, closing its own paragraph, is someone else's, most often the speaker's
before it (``direct._owner`` then gives it to the report before it)."""

from __future__ import annotations

from .candidate import Candidate


def broken_off(gap: str, cand: Candidate) -> bool:
    """Whether the ``gap`` between a quotation's closing mark and the cue clause of ``cand`` breaks the
    line while ``cand``'s cue has a content of its own after it ('"... the divide?"' / 'Ruiz agreed
    that a rift exists.')."""
    if "\n" not in gap or cand.cue is None:
        return False
    return any(start >= cand.cue[1] for start, _ in cand.contents)
