"""A relative clause on a quotation's speaker that the parser read as a second reported clause:
'"We want answers," said Tom O\u2019Neill, whose son was hurt.' (a name with an apostrophe
often gets the clause hung on the cue as its complement). A content of a quoted report that
opens with 'who' or 'whose' right after the comma closing the source describes the source:
it joins the source, as 'said Ann Kowalski, whose son was hurt' does.
"""

from __future__ import annotations

import re

from .candidate import Candidate, overlaps

_RELATIVE = re.compile(r"(?:who|whose)\s")
_COMMA = re.compile(r"\s*,\s*")


def relative_sources(text: str, cands: list[Candidate]) -> None:
    """Join a 'who'/'whose' clause read as a quoted report's content to the source before it."""
    for cand in cands:
        source = cand.source
        if source is None or cand.cue is None or not cand.quoted or len(cand.contents) < 2:
            continue
        for span in cand.contents:
            if (span[0] > source[1] and _COMMA.fullmatch(text, source[1], span[0]) is not None
                    and _RELATIVE.match(text, span[0]) is not None and not overlaps(span, cand.cue)):
                cand.source = (source[0], span[1])
                cand.contents = [c for c in cand.contents if c != span]
                break
