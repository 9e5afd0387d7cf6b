"""A page's chrome that boilerplate removal keeps inside an article, dropped line by line.

trafilatura leaves out menus, footers, comment sections and the asides its markup names; what a
site writes as plain paragraphs inside the article stays, and each gives a record that is no
report of the article (or the same report twice):
1. a pull quote repeating a sentence of the body ('"We were told X."' above or below the
   paragraph that says it), with the dash line crediting it ('— Hal Brenner, Fishermen's
   Association');
2. a link to another story ('Read more: Seawind says X', 'ALSO READ | X', 'Related: ...';
   ``link_labels.txt``);
3. a photo's caption closing with its credit ('... Their teacher says X. Photo: Carrow Academy',
   '... (Olmsted Voice/Ivo Sand)') or opening with its label ('Image: Rescue workers ... The agency
   says X');
4. a newsletter sign-up ('Sign up to our free newsletter and we will tell you X', 'Sign up for our
   morning briefing: we'll tell you X');
5. the writer's bio near the end, a line opening with a name of the byline ('Mira Stone is a
   volunteer reporter ... She says she X', 'Rowan Ashe ... writes about city life');
6. a comment section in markup trafilatura does not know, from its heading on ('What readers
   think', '12 comments'; ``comment_headings.txt``): 'My husband says X' is a reader's.
Lines are whole paragraphs here (trafilatura ends each with a line break). The first line, the
headline, is always kept. Hand-written: trafilatura has no option for text inside the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..nlp.lexicon import word_set

__all__ = ["without_chrome"]

#: words a pull quote needs to be told from a short line that happens to recur ('Advertisement')
_MIN_REPEAT_WORDS = 5
#: the bio is among the last lines of a page
_BIO_LINES = 3
#: words of body a comment section follows
_COMMENTS_AFTER = 40
#: lines past which a page is a list, not an article (no pull quotes looked for)
_MAX_LINES = 500
_CREDIT_LINE = re.compile(r"^\s*[\u2014\u2013-]{1,2}\s*\S[^.!?]{0,80}$")
#: a credit after a caption's last sentence: 'Photo: Carrow Academy', 'Photo by Ivo Sand', '(Olmsted Voice/Ivo Sand)'
_CAPTION_CREDIT = re.compile(
    r"[.!?'\"\u2019\u201d]\s+(?:(?:photo|photograph|picture|image|credit)s?\s*(?::|by)\s*[^.!?:()]{2,60}"
    r"|\((?:(?:photo|picture|image)s?\s*:\s*)?[^()/]{2,40}/[^()]{2,40}\))\s*$", re.IGNORECASE)
#: a line's label and the mark after it: 'Read more:', 'ALSO READ |', 'Read more \u00bb'
_LABEL = re.compile(r"^([^:|\u00bb\u203a>]{1,30}?)\s*[:|\u00bb\u203a>]")
#: a caption's label opening its line: 'Image: X', 'Photo: X', 'Pictured: X'
_CAPTION_LABEL = re.compile(r"^(?:photo|photograph|picture|image|caption|pictured)s?\s*:", re.IGNORECASE)
_SIGN_UP = re.compile(r"(?:^|[.!?]\s+)(?:sign up|subscribe|register|get\b[^.!?]{0,40}\bin your inbox)\b", re.IGNORECASE)
_NEWSLETTER = re.compile(r"\b(?:newsletters?|inbox|briefing|bulletin|digest)\b", re.IGNORECASE)
_BYLINE = re.compile(r"^(?i:by|posted by|written by)\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})")
_NAME = re.compile(r"^[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2}$")
#: a comment section's count: '12 comments', 'Comments (3)'
_COUNTED = re.compile(r"^\d[\d,]*\s+|\s*\(\d[\d,]*\)$")
#: a blog's comment heading: '3 thoughts on "Ferry fares to rise"', 'One response to "X"'
_THOUGHTS = re.compile(r"^(?:\d[\d,]*|one|two|three)\s+(?:thoughts?|responses?|replies|comments?)(?:\s+(?:on|to)\s+\S.*)?$",
                       re.IGNORECASE)
_BIO_VERB = r"(?:is|was|covers|writes|reports|has|lives|teaches|works)\b"


def without_chrome(text: str, authors: Iterable[str] = ()) -> str:
    """``text`` without its chrome lines (see the module's list); ``authors``: the page's
    writers as its metadata names them ('Ana Ruiz; Staff Writer' gives 'Ana Ruiz').

    >>> without_chrome('Dam holds\\n"The water will not reach us," she said.\\n"The water will not reach us."')
    'Dam holds\\n"The water will not reach us," she said.'
    """
    lines = text.split("\n")
    lines = lines[: _comments_start(lines)]
    drop = _repeats(lines)
    labels = word_set("link_labels")
    names = _writers(lines, authors)
    last = len(lines) - _BIO_LINES
    for index, line in enumerate(lines[1:], start=1):
        stripped = line.strip()
        label = found.group(1).lower() if (found := _LABEL.match(stripped)) else None
        if (label in labels or _CAPTION_CREDIT.search(stripped) or _CAPTION_LABEL.match(stripped) or _sign_up(stripped)
                or (index >= last and _bio(stripped, names))):
            drop.add(index)
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


def _norm(line: str) -> str:
    """The words of ``line``, lower case, without quotation marks or punctuation."""
    return " ".join(re.findall(r"[\w']+", line.lower().replace("\u2019", "'")))


def _repeats(lines: list[str]) -> set[int]:
    """The lines (after the headline) whose words are all inside another, longer line of the body
    (a pull quote), or that repeat an earlier one, with a dash line crediting them just after.
    A page of more than ``_MAX_LINES`` lines is a list, not an article: none is looked at."""
    norms = [_norm(line) for line in lines]
    if len(lines) > _MAX_LINES:
        return set()
    body = "\n".join(f" {words} " for words in norms[1:])  # (the headline holds no pull quote)
    same = Counter(norms[1:])
    seen: set[str] = set()
    drop: set[int] = set()
    for index in range(1, len(lines)):
        words = norms[index]
        if len(words.split()) < _MIN_REPEAT_WORDS:
            continue
        if words in seen or body.count(f" {words} ") > same[words]:  # said before, or inside a longer line
            drop.add(index)
            if index + 1 < len(lines) and _CREDIT_LINE.match(lines[index + 1]):
                drop.add(index + 1)
        seen.add(words)
    return drop


def _comments_start(lines: list[str]) -> int:
    """The index of the line that heads a comment section (``comment_headings.txt``, a count of
    comments: '12 comments', 'Comments (3)', '3 thoughts on "X"'), or the end. Only after a body
    of ``_COMMENTS_AFTER`` words: a section's name above the headline ('Comment') heads no comments."""
    headings = word_set("comment_headings")
    words = 0
    for index, line in enumerate(lines[1:], start=1):
        stripped = line.strip()
        if words >= _COMMENTS_AFTER and (
                _COUNTED.sub("", stripped.lower()).strip(" :") in headings or _THOUGHTS.match(stripped)):
            return index
        words += len(line.split())
    return len(lines)


def _sign_up(line: str) -> bool:
    """A newsletter's sign-up: an order to sign up or subscribe beside the word newsletter."""
    return bool(_SIGN_UP.search(line) and _NEWSLETTER.search(line))


def _writers(lines: list[str], authors: Iterable[str]) -> list[str]:
    """The names of the page's writers: the metadata's, then a byline's ('By Ana Ruiz', 'Posted
    by Mira Stone on 18 March')."""
    names = [part.strip() for author in authors for part in author.split(";") if _NAME.match(part.strip())]
    names += [m.group(1) for line in lines[:6] if (m := _BYLINE.match(line.strip()))]
    return names


def _bio(line: str, names: list[str]) -> bool:
    """A writer's bio: the line opens with a writer's name and a verb that describes them."""
    return any(re.match(rf"{re.escape(name)}\s+(?:\w+\s+){{0,2}}{_BIO_VERB}", line) for name in names)
