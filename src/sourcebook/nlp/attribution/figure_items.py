"""A line of several 'label: figure' items, a report's key figures set out as data ('Displaced:
52,000. Clinics closed: 14. Wells tested: 230.'), is no transcript turn: each label names what the
figure counts, and no one speaks (for ``markers._named_colon``, whose turn would run the first
label's 'content' on over the other items, so that its test of one figure alone never sees it). Not
a speaker's turn that opens with a figure and goes on in words ('MAYOR: 40 percent. That is the
number we promised.'), nor one item alone ('Turnout: 52%', which the one-figure test keeps out)."""

from __future__ import annotations

import re

#: two or more items of a label (no colon, stop or semicolon in it) and a figure with at most three
#: words of unit after it, each closed by a stop or a semicolon but the last
_ITEMS = re.compile(r"(?:[^:.;\n]{1,60}:\s*[$\u00a3\u20ac]?\d[\d,.]*%?(?:\s+[a-z%]+){0,3}\s*(?:[.;]\s*|$)){2,}")


def figure_items(text: str, line_start: int) -> bool:
    """Whether the line of ``text`` opening at ``line_start`` is made of two or more 'label: figure'
    items and nothing else (see the module)."""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return _ITEMS.fullmatch(line) is not None
