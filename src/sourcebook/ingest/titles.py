"""A plain-text article's title from its first line, when that line looks like a headline.

Hand-written: no library tells a headline from a first sentence in plain text. The text itself
is never changed (offsets stay as they are); only ``Article.title`` is filled, and only when no
metadata (flag, sidecar) gives one.

A first line is a headline when it is
1. one line, followed by a blank line or by a paragraph (the text does not end with it);
2. short: 2 to ``MAX_WORDS`` words, at most ``MAX_CHARS`` characters;
3. not a sentence: no final period, and a quotation ending in one only as the whole line or
   after a colon ('Minister: "We will act."'); a question mark is fine; and
   no trailing comma, colon, semicolon, dash or word that leads on ("and", "the": a line cut
   mid-sentence);
4. not a dateline ("WASHINGTON (Reuters) -", "LONDON, March 3 -", "Tuesday, 4 March 2031"),
   a byline ("By Jane Doe") or a photo credit ending in parentheses ("... (Getty Images)").
"""

from __future__ import annotations

import re

from ..nlp.lexicon import entries, table

__all__ = ["MAX_CHARS", "MAX_WORDS", "headline"]

MAX_WORDS = 20
MAX_CHARS = 150

_CALENDAR = table("calendar")
_MONTHS = "|".join(sorted([*entries(_CALENDAR["months"]), *entries(_CALENDAR["month_abbreviations"])],
                          key=len, reverse=True))
_WEEKDAYS = "|".join(entries(_CALENDAR["weekdays"]))
#: a line ending in one of these is cut mid-sentence
_LEADS_ON = {"a", "an", "and", "but", "for", "from", "of", "or", "that", "the", "to", "with"}
_NOT_HEADLINE = [
    re.compile(r"^by\s", re.IGNORECASE),  # byline
    re.compile(r"^[A-Z][A-Z .'\u2019&-]+(\s*\([^)]*\))?\s*(,|[-\u2013\u2014]|$)"),  # WASHINGTON (Reuters) -
    re.compile(rf"^({_WEEKDAYS})?[,\s]*(\d{{1,2}}\s+)?({_MONTHS})\.?(\s+\d{{1,2}})?,?(\s+\d{{4}})?\s*$", re.IGNORECASE),
    re.compile(r"^\d{4}-\d{2}-\d{2}\b|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"),  # a bare date
    re.compile(r"^(published|updated|posted|last updated)\b", re.IGNORECASE),
    re.compile(r"\([^)]*\)\s*$"),  # a caption's credit: "... (Getty Images)"
    re.compile(r"^(https?://|www\.)", re.IGNORECASE),
]

#: a headline that is a quotation: the whole line, or after a speaker and a colon
_QUOTE_HEADLINE = re.compile(r"(?:^|:\s*)['\"\u2018\u201c][^'\"\u2018\u201c\u2019\u201d]+[.!]['\"\u2019\u201d]$")


def headline(text: str) -> str | None:
    """The first line of ``text`` when it looks like a headline, else None.

    >>> headline("Dam breach floods valley\\n\\nThe dam gave way on Tuesday.")
    'Dam breach floods valley'
    >>> headline("The dam gave way on Tuesday.\\n\\nThousands fled.") is None
    True
    """
    lines = text.lstrip("\ufeff").splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if len(lines) < 2:
        return None  # the text is one line (or nothing): no headline above a body
    first, following = lines[0].strip(), lines[1].strip()
    if following and not _starts_paragraph(following):
        return None  # a wrapped sentence continues on the next line
    if not any(line.strip() for line in lines[1:]):
        return None
    words = first.split()
    if not 2 <= len(words) <= MAX_WORDS or len(first) > MAX_CHARS:
        return None
    if first[-1] in ",;:-\u2013\u2014" or first.endswith("...") or words[-1].lower() in _LEADS_ON:
        return None
    if first.endswith("."):  # a sentence
        return None
    if re.search(r"[.!]['\"\u2019\u201d]$", first) and not _QUOTE_HEADLINE.search(first):
        return None  # a sentence ending in a quote; only 'Minister: "We will act."' is a headline form
    if any(pattern.search(first) for pattern in _NOT_HEADLINE):
        return None
    return first


def _starts_paragraph(line: str) -> bool:
    """A line that can open a paragraph: a capital, a digit or an opening quote or dash."""
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'\u201c\u2018\u00ab-\u2013\u2014("
