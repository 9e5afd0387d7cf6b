"""A contact line that closes an article or a post: 'Follow Dana Reyes on Twitter: @danareyes',
'She tweets @danareyes.', 'Email: dana@example.org', 'More at www.example.org'. An author's
handle, an e-mail address or a web address after a colon or a verb of posting is where to reach
someone, no words said: a candidate whose content opens with nothing but such an address (up to
a full stop or line end, or a comma before another address) is no report. Not a content that
opens with a handle and goes on ('She wrote: "@danareyes you are wrong"', '"@mayor, call me"':
the post's words), nor an address inside a content that says something ('said the site www.example.org would close')."""

from __future__ import annotations

import re

from .candidate import Candidate

#: a handle, an e-mail address or a web address standing alone, closing marks and brackets allowed
_ADDRESS = re.compile(
    r"[\"'\u201c\u2018(<]*(?:@\w{2,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s\"'\u201d\u2019)>]*[^\s\"'\u201d\u2019)>.,;!?])[\"'\u201d\u2019)>]*",
    re.IGNORECASE)
#: where the address's own part of a content ends
_END = re.compile(r"[.,;!?]?(?:\s|$)")


def without_contact_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the ones whose content is a contact address standing alone."""
    return [c for c in cands if not _contact_line(text, c)]


def _contact_line(text: str, cand: Candidate) -> bool:
    if not cand.contents:
        return False
    start, end = min(cand.contents)
    return _addresses_only(text[start:end].strip())


def _addresses_only(words: str) -> bool:
    """Whether ``words`` open with an address standing alone: the address, then nothing, a stop before the next
    sentence ('@danareyes. Reach her at X') or a comma before another such address ('@dana, dana@example.org'). A
    comma before words is a post's or a message's address to someone ('"@mayor, where is the money?"'), no contact."""
    found = _ADDRESS.match(words)
    if found is None:
        return False
    rest = words[found.end():]
    if rest.startswith(","):
        return _addresses_only(rest[1:].lstrip().removeprefix("or ").removeprefix("and ").lstrip())
    return not rest or _END.match(rest) is not None and (rest[0] in ".;!?" or not rest.strip())
