"""A page's quotation elements written out as the marks a browser draws for them, before the
page is read to text.

A page may set a quotation in a ``<q>`` element, whose marks the browser draws: the markup has
none ('<q>We were given four days' notice</q>, said Callum Reid'). trafilatura keeps the words,
not the marks, and ends a line after the element ('We were given four days' notice\\n, said Callum
Reid'): the quotation is no quotation and the report is lost. Each ``<q>`` becomes the curly marks
an English browser draws, double outside and single inside another ('<q>He said <q>wait</q></q>').
"""

from __future__ import annotations

import re

#: an opening or closing ``q`` tag, with its attributes ('<q cite="...">', '</q >')
_Q = re.compile(r"<(/?)q(?=[\s>/])[^>]*>", re.IGNORECASE)


def marked_quotes(html: str) -> str:
    """``html`` with each ``<q>`` element's tags as the quotation marks they stand for."""
    if "<q" not in html and "<Q" not in html:
        return html
    depth = 0

    def mark(tag: re.Match[str]) -> str:
        nonlocal depth
        if not tag.group(1):
            depth += 1
            return "\u201c" if depth % 2 else "\u2018"
        if depth == 0:  # a closing tag with none open draws nothing
            return ""
        depth -= 1
        return "\u2019" if depth % 2 else "\u201d"

    return _Q.sub(mark, html)
