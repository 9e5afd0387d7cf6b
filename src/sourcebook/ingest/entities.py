"""HTML character references left in a text that reached us as plain text (a scraper's export, a
feed's JSON or CSV field): '&quot;We will act,&quot; she said', 'the&nbsp;mayor', 'can&rsquo;t'.

An HTML page's text comes decoded from its parser; the same article arriving as text with its
references still in it would otherwise keep marks no reader sees as quotation marks, words run
together with '&nbsp;', and another id than the page's. Only complete references, closed by their
semicolon, are decoded ('&amp;', '&#8220;', '&#x201D;'); a bare '&' ('AT&T', 'R&D') and a query
string's '&copy=2' stay as they are, as does a name HTML does not define ('&notaname;').
"""

from __future__ import annotations

import html
import re
from html.entities import html5

_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """``text`` with each complete HTML character reference replaced by its character."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(_decoded, text)


def _decoded(m: re.Match[str]) -> str:
    ref = m.group()
    if ref[1] != "#" and ref[1:] not in html5:
        return ref  # no name HTML defines ('&notaname;' is not '&not' and 'aname;')
    char = html.unescape(ref)
    # a code point that is no character (a surrogate) or a control one (NUL) is kept as written
    return ref if char == "\ufffd" or (char < " " and char not in "\t\n") else char
