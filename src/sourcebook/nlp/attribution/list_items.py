"""A numbered list's item named before a colon: '3. Harbor Lamp: The glow is warm and the base is
heavy.' A ranked list (the best kettles, the towns to visit, the reasons to act) opens each item
with its number and the name of what it ranks, then the writer's own words about it: the name is
no one who speaks, and the words after the colon are the writer's. A quotation after the colon
stays a statement ('2. Mayor Dana Holt: "We will rebuild."'): a list of quotes is one of who said
what. The colon rule (``markers.colon_cue``) gives such a line; ``reported`` drops it here."""

from __future__ import annotations

import re

from .candidate import Candidate

#: a list's number or letter opening a line, and nothing else before the label ('1.', '12)', 'b.', '#4')
_NUMBER = re.compile(r"\s*(?:#?\d{1,3}|[a-zA-Z])[.)]?\s+$")
_QUOTES = "\"'\u201c\u2018\u00ab"


def numbered_item(text: str, cand: Candidate) -> bool:
    """Whether ``cand``, a colon's record, is a numbered list item's name and the writer's words about it."""
    if cand.cue is None or cand.source is None or not cand.contents or text[cand.cue[0] : cand.cue[1]] != ":":
        return False
    line_start = text.rfind("\n", 0, cand.source[0]) + 1
    opening = text[line_start : cand.source[0]]
    if not opening.strip() or _NUMBER.fullmatch(opening) is None or not any(ch.isdigit() or ch in ".)" for ch in opening):
        return False
    return not text[cand.cue[1] :].lstrip().startswith(tuple(_QUOTES))
