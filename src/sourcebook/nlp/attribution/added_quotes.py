"""A participle of saying set off after a cue clause and before the quotation it adds: '"X," Ann Lee said,
adding of the mayor, "Y."'. The parser may hang the second quotation on the cue as its complement and the
participle on that quotation, so the cue took the participle with the added quotation as its content and the
participle took the quotation before the cue. What was said before the cue is the cue's; the participle's is
the quotation after it (PolNeAR train: 'X' Manafort's via 'said', 'Y' the 'adding' report's)."""

from __future__ import annotations

import re

from .candidate import Candidate, trim
from .direct import QuoteIndex


def return_added_quotes(text: str, cands: list[Candidate], quotes: QuoteIndex) -> None:
    """Give a report whose content opens with another's participle the quotation before its cue back, and
    the participle the quotations of that content."""
    for outer in cands:
        if outer.cue is None or not outer.contents:
            continue
        first = min(outer.contents)
        for added in cands:
            if (added is outer or added.cue is None or added.cue[0] < outer.cue[1] or added.source != outer.source
                    or first[0] != added.cue[0]):
                continue
            before = [c for c in added.contents if c[1] <= outer.cue[0] and quotes.around(*c) is not None]
            added_at = [q for s, e in outer.contents for q in quotes.overlapping(s, e)
                        if q.closed and s <= q.open and q.close <= e and q.open > added.cue[1]]
            # (the quotation set off after the participle and its topic, not words quoted in its clause: 'adding
            # it would take "more hours"')
            if not before or not added_at or not _set_off(text[added.cue[0] : added_at[0].open]):
                continue
            after = [trim(text, q.start, q.end) for q in added_at]
            outer.contents = before
            added.contents = [c for c in added.contents if c[0] >= added.cue[1] and c[1] <= after[0][0]] + after
            break


def _set_off(words: str) -> bool:
    """Whether the participle and the words up to a quotation set it off: the participle alone, with a comma or
    a colon, or with a topic after 'of' or 'about' closed by one ('adding of the mayor,'; not a clause, 'noting
    that he and his wife, Ann,')."""
    return _SET_OFF.fullmatch(words.strip()) is not None


_SET_OFF = re.compile(r"\w+(?:\s+(?:of|about)\s[^,:;\"\u201c]{1,60})?\s*[,:]?")
