"""The user a forum post's own 'I' stands for: the name on the 'Posted by' line above the post.

A forum thread or a page of comments sets each post under a line naming its poster ('Posted by riverfox92 on 3
May', 'Posted by u/tidewalker 5 hours ago', 'Posted by Greta Moorcroft'): the post's first person outside
quotation marks ('I think the new bins are too small') is that user, as an article's is its byline's writer
(``writers``), up to the next such line. The name is read as the line writes it, since a user name is no name
the NER knows ('riverfox92'), without the date or time after it ('on 3 May', '5 hours ago') or a note in
brackets ('(developer)'). The line itself is a byline (``candidate.byline_line``), so the name on it is no one a
later 'he' or 'she' stands for. A page of comments heads each with a line of the name and 'says:' ('Mary Hobbs
says:', then the time and the comment), as a column set down under its writer's name does ('Hewitt writes:'): the
'I' after it is that name's, as after 'Posted by'. A post quoting another sets the quoted words under the other
user's name ('Quote from kettle_lad: I think X', or 'Originally posted by kettle_lad' or 'kettle_lad wrote:' on a
line of its own above them): the 'I' of those words, on that line or in the one paragraph after the name's own
line, is the user quoted. A pronoun or a phrase before the verb ('He said:', 'In a post, she wrote:') names no one.
"""

from __future__ import annotations

import re

from .index import PERSON, Resolved
from .people import gender_of_first_name

#: a line of its own naming a post's writer: 'Posted by', the name, maybe a date or time after it
_POSTED = re.compile(r"^[^\S\n]*Posted by[^\S\n]+(\S[^\n]*?)[^\S\n]*$", re.MULTILINE)
#: where the name ends: the date or time after it, a bracketed note, a dash or a bar
_NAME_END = re.compile(r"[^\S\n]+(?:on|at)[^\S\n]|[^\S\n]+\d|[^\S\n]*[(,|\u00b7]|[^\S\n]+[-\u2013\u2014][^\S\n]")
#: at most so many words on the line, as on a byline
_WORDS = 8
#: a quoted post's header: the user quoted, then the quoted words after a colon on the line or none on it
_QUOTED = re.compile(r"[^\S\n]*(?:Originally posted by|Quote from|Quoting)[^\S\n]+([^\s:]+(?:[^\S\n][^\s:]+)?)"
                     r"[^\S\n]*(?:(:)[^\S\n]*)?(\S?)")
#: a line of its own of a name (up to four words, no pronoun, article or preposition opening it) and a verb of
#: writing and a colon: a comment's or a column's header ('says', 'writes'), or a quoted post's ('wrote')
_HEADER = re.compile(r"^[^\S\n]*(?!(?i:the|a|an|his|her|their|its|this|that|one|he|she|they|it|we|i|you|in|on|at|as|"
                     r"after|when|and|but)\b)([^\s:,]+(?:[^\S\n][^\s:,]+){0,3})[^\S\n]+(says|writes|wrote):[^\S\n]*$",
                     re.MULTILINE)


def _quoted_user(text: str, line: int) -> str | None:
    """The user whose quoted post holds the line opening at ``line``: the one its own 'Quote from X:' names, or
    the one a header line alone names just above its paragraph ('Originally posted by X'); else None."""
    own = _QUOTED.match(text, line)
    if own is not None and own.group(2) and own.group(3):
        return own.group(1)
    if line <= 0:
        return None
    above = text.rfind("\n", 0, line - 1)
    while above > 0 and not text[above + 1 : text.find("\n", above + 1)].strip():
        above = text.rfind("\n", 0, above)  # (past the blank lines between the header and its paragraph)
    header = _QUOTED.match(text, above + 1)
    if header is not None and not header.group(3):
        return header.group(1)
    wrote = _HEADER.match(text, above + 1, line)
    return wrote.group(1) if wrote is not None and wrote.group(2) == "wrote" else None


def _resolved(name: str) -> Resolved:
    """A user as a person, of the gender a first name tells when the name is a person's ('Greta Moorcroft')."""
    words = name.split()
    gender = gender_of_first_name(words[0]) if len(words) > 1 and all(w[:1].isupper() for w in words) else None
    return Resolved(name, PERSON, None, gender)


def poster_at(text: str, offset: int) -> Resolved | None:
    """The user whose post holds ``offset``: the one quoted when the line is a quoted post's, else the one named
    on the last 'Posted by' or 'says:' line before it; None when there is none."""
    line = text.rfind("\n", 0, offset) + 1
    if (quoted := _quoted_user(text, line)) is not None:
        return _resolved(quoted)
    posted = [(m.start(), _NAME_END.split(m.group(1), maxsplit=1)[0].strip())
              for m in _POSTED.finditer(text, 0, line) if len(m.group(0).split()) <= _WORDS]
    posted += [(m.start(), m.group(1)) for m in _HEADER.finditer(text, 0, line) if m.group(2) != "wrote"]
    name = max(posted)[1] if posted else None
    return _resolved(name) if name else None


__all__ = ["poster_at"]
