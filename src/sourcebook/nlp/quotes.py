"""Quotation marks and the quotations they delimit, found on the characters, not on spaCy's
tokens. Shared by the attribution and figure extractors.

spaCy tags an NYT-style opening ``''`` as a closing quote and straight marks carry no side, so
the pairing is done here, paragraph by paragraph (hand-written because no library pairs
quotation marks robustly): curly marks pair by side (a low mark is closed by a high one,
German '\u201e...\u201c'; '\u00bb' after a space opens a quotation '\u00ab' closes; single
guillemets pair too, except inside double ones; curly marks and guillemets of another family than
the open quotation's, closed before it, are a quotation it holds, '\u00abThey said \u201cno\u201d\u00bb');
straight ``"`` and doubled ``''`` / ``\u2018\u2018`` marks alternate within a paragraph. A paragraph
opening on a single mark whose quotation holds the double-quoted ones is British style: the single
quotation is returned in their place. An opening mark left unclosed at the end of a paragraph
runs to the end of the paragraph (the convention for quotes continued in the next paragraph).
A paragraph with no double mark may quote in single marks (``'...'``, ``\u2018...\u2019``: British
style, headlines; German '\u201a...\u2018'): an opening mark after a space or at the paragraph's start pairs with the next
mark that can close it, never an apostrophe inside a word ('it's') nor the one of a plural possessive before
a lower-case word ("the players' union") or before the stop and the mark that close the quotation ("'It's the
drivers',' he said"), nor the apostrophes of a word cut short ('rock 'n' roll', 'the '90s'); a single mark
left open quotes nothing,
unless the next paragraph opens with a single mark (a quotation running on).
Elsewhere single quotes are only taken in short stretches that look like quoted words
(``find_single_quotes``: scare quotes inside a double-quoted paragraph).

``quote_regions`` is the figure extractor's simpler pairing (curly marks by side, straight
marks two by two, a line break closing what is open): figures only ask whether a number
sits inside a quotation. Both pairings read the marks defined here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

OPENING = "\u201c\u201e\u00ab\u2039"
CLOSING = "\u201d\u00bb\u203a"
#: tokens that close a quotation as spaCy writes them ('"', "''", a curly mark)
CLOSING_MARKS = frozenset(['"', "''", "\u201d", "\u2019", "\u00bb", "\u203a"])
#: every character that opens or closes a quotation
QUOTE_CHARS = OPENING + CLOSING + "\"'\u2018\u2019\u201a"
#: a quotation's closing mark by its opening one (straight marks close themselves; `` ... '' in
#: LaTeX-style text)
QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u2039": "\u203a", "``": "''"}
# a double mark: curly or straight, or two apostrophes/backticks used as one (NYT, LaTeX)
_MARK = re.compile(r"''|``|\u2018\u2018|\u2019\u2019|[\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]")
_SINGLE = re.compile(r"(?<![\w\u2019'])[\u2018'](?=\S)([^\n'\u2018\u2019]{2,200}?)(?<=\S)[\u2019'](?![\w])")
# (a German single quotation opens low and closes high: '\u201aWir kommen\u2018, sagte sie')
_SINGLE_OPEN = re.compile(r"(?<![^\s(\[\-\u2014\u2013:])[\u2018'\u201a](?=[^\s'\u2018\u2019])")
_SINGLE_CLOSE = re.compile(r"(?<=\S)[\u2019'](?![\w\u2018\u2019'])|(?<=[\w,.!?])\u2018(?=[\s,.;:!?]|$)")
_PARAGRAPH = re.compile(r"\n\s*")
# an apostrophe inside a word ('don’t') is no closing mark
_CURLY_SINGLE = re.compile("(?<![\\w\u2019])\u2018(?=\\S)((?:[^\\n\u2018\u2019]|\u2019(?=\\w))+?)(?<=\\S)\u2019(?!\\w)")
MAX_QUOTE = 20_000


@dataclass(frozen=True, slots=True)
class Quote:
    """``start``/``end`` delimit the quoted text, ``open``/``close`` the marks around it."""

    open: int
    start: int
    end: int
    close: int

    @property
    def closed(self) -> bool:
        return self.close > self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: news text keeps a paragraph on one line."""
    bounds, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def _side(mark: str, text: str, pos: int, end: int) -> str:
    if mark in OPENING:
        return "open"
    if mark in CLOSING:
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{-\u2014\u2013:":
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}-\u2014\u2013":
        return "close"
    return "either"


#: marks that close a quotation opened by another mark read as an opening one elsewhere:
#: German low-high ('„Wir kommen“') and reversed guillemets ('»Wir kommen«')
_REVERSED = {"\u201e": "\u201c", "\u00bb": "\u00ab"}
_SINGLE_GUILLEMETS = "\u2039\u203a"


def _paired_side(text: str, opened: tuple[int, int] | None, m: re.Match[str]) -> str | None:
    """The side of a mark read against the quotation it may close, None when the mark's own
    side holds. A low mark opening a quotation is closed by a high one (German '„Wir kommen“,
    sagte sie', not a second opening); '»' after a space opens a quotation '«' closes (German
    and Nordic style); single guillemets inside double ones ('«Er sagte ‹nein›»') are quoted
    words, no marks of the paragraph's pairing."""
    mark = m.group()
    if opened is None:
        before = text[m.start() - 1] if m.start() > 0 else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if mark == "\u00bb" and (before.isspace() or before in "(:") and not after.isspace():
            return "open"
        return None
    first = text[opened[0] : opened[1]]
    if mark == _REVERSED.get(first):
        return "close"
    if mark in _SINGLE_GUILLEMETS and first not in _SINGLE_GUILLEMETS:
        return "inner"
    return None


def find_quotes(text: str) -> list[Quote]:
    """Double-quoted spans of ``text`` in text order (non-overlapping)."""
    quotes: list[Quote] = []
    bounds = paragraphs(text)
    for k, (p_start, p_end) in enumerate(bounds):
        # the next paragraph opening with a single mark continues a quotation this one leaves open
        continued = k + 1 < len(bounds) and text[bounds[k + 1][0]] in "'\u2018"
        quotes.extend(_inside_spaces(text, q) for q in _paragraph_quotes(text, p_start, p_end, continued)
                      if not _nickname(text, q))
    return quotes


def _inside_spaces(text: str, q: Quote) -> Quote:
    """A closed quotation without the spaces just inside its marks (French '\u00ab\u202fNous
    partons\u202f\u00bb' and '\u00ab We leave \u00bb' quote the words, not the spaces)."""
    if not q.closed:
        return q
    start, end = q.start, q.end
    while start < end and (text[start].isspace() or text[start] in "\u200b\ufeff"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u200b\ufeff"):
        end -= 1
    return q if (start, end) == (q.start, q.end) or end <= start else Quote(q.open, start, end, q.close)


#: a name, a nickname of one to three capitalised words in marks, a name: 'Declan "Dizzy" Oakes'
_NICKNAME = re.compile(r"[A-Z][\w'\u2019-]*[ ]$")
_NAME_AFTER = re.compile(r"[ ][A-Z]\w")


def _nickname(text: str, q: Quote) -> bool:
    """Whether the quotation is a nickname set inside a name, no words quoted."""
    inner = text[q.start : q.end].split()
    if not (q.closed and 1 <= len(inner) <= 3 and all(w[:1].isupper() for w in inner)
            and _NICKNAME.search(text, max(0, q.open - 30), q.open) is not None
            and _NAME_AFTER.match(text, q.close) is not None):
        return False
    # not in a Title-Cased headline ('PM Says "Enough Is Enough" After Vote')
    line = text[text.rfind("\n", 0, q.open) + 1 : text.find("\n", q.close) % (len(text) + 1)].split()
    return sum(w[:1].islower() for w in line) >= 0.3 * len(line)


def _paragraph_quotes(text: str, p_start: int, p_end: int, continued: bool = False) -> list[Quote]:
    out: list[Quote] = []
    if _MARK.search(text, p_start, p_end) is None:
        return _single_quotes(text, p_start, p_end, continued)
    opened: tuple[int, int] | None = None  # (mark start, mark end)
    inner_end = -1  # (the closing mark of a curly quotation inside a straight one)
    for m in _MARK.finditer(text, p_start, p_end):
        if m.start() < inner_end:
            continue
        side = _paired_side(text, opened, m) or _side(m.group(), text, m.start(), m.end())
        if side == "inner":
            continue
        if opened is not None and (inner := _curly_inside(text, opened, m, p_end) or _held_inside(text, opened, m, p_end)):
            inner_end = inner  # '"X is not about “Equal Justice” anymore."': words the straight quotation quotes
            continue
        if opened is None:
            if side != "close":
                opened = (m.start(), m.end())
            continue
        if side == "open" and m.group() in OPENING:
            opened = (m.start(), m.end())  # a second opening mark: the first was stray
            continue
        if m.start() - opened[1] <= MAX_QUOTE:
            out.append(Quote(opened[0], opened[1], m.start(), m.end()))
        opened = None
    if opened is not None:
        end = p_end
        while end > opened[1] and text[end - 1].isspace():
            end -= 1
        if end - opened[1] > 1:
            out.append(Quote(opened[0], opened[1], end, end))
    # a quotation in curly single marks beside double ones ('told a rally: ‘We have offered
    # compromise after compromise.’' after a "scare quote"): four words or more, outside them
    for m in _CURLY_SINGLE.finditer(text, p_start, p_end):
        if len(m.group(1).split()) >= 4 and not any(q.open <= m.start() < q.close + 1 for q in out):
            out.append(Quote(m.start(), m.start(1), m.end(1), m.end()))
    out = _outer_single(text, p_start, p_end, out)
    return sorted((q for q in out if q.end > q.start), key=lambda q: q.open)


def _curly_inside(text: str, opened: tuple[int, int], m: re.Match[str], p_end: int) -> int | None:
    """The end of a curly quotation ``m`` opens inside a quotation a straight mark opened, with words
    between the two marks, when a curly mark closes it before the next straight mark, which closes the
    outer one in the same paragraph, right after a word: a name or words the outer quotation quotes, not the close of a
    stray mark ('"The law is not about “equal justice” any more," she said'; not '"“We won,” he said."',
    an excerpt quoting a quote)."""
    before = text[opened[1] : m.start()].rstrip()
    if text[opened[0] : opened[1]] != '"' or m.group() != "\u201c" or not before or not before[-1].isalnum():
        return None  # (not one a colon or a comma opens, 'interjecting, “No.”': a quotation the outer one holds)
    close = text.find("\u201d", m.end(), p_end)
    straight = text.find('"', m.end(), p_end)
    # (and a straight mark closes the outer one after it: a stray straight mark opening a paragraph of curly
    # quotations is no quotation of them all)
    return close + 1 if close != -1 and straight != -1 and close < straight else None


#: the closing mark of each family of curly marks and guillemets, by its opening one (reversed guillemets too)
_FAMILY_CLOSE = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", "\u00bb": "\u00ab"}


def _held_inside(text: str, opened: tuple[int, int], m: re.Match[str], p_end: int) -> int | None:
    """The end of a quotation that ``m``, an opening mark of another family, opens inside one that curly marks or
    guillemets opened, when its own closing mark comes before the outer one's in the paragraph: the outer quotation
    quotes it, as European marks nest ('«The inspector said “come back in spring”, and we did»', '“She told us
    «never»,” he said'); not the close of a stray opening mark, whose quotation the next mark opens."""
    outer, inner = text[opened[0] : opened[1]], m.group()
    if outer == "\u201e" or outer not in _FAMILY_CLOSE or inner not in _FAMILY_CLOSE or inner == outer:
        return None  # (German '„X “Y” Z“' closes on the mark the inner one opens with: left as it was)
    if _FAMILY_CLOSE[inner] == _FAMILY_CLOSE[outer] or inner == _FAMILY_CLOSE[outer]:
        return None
    close = text.find(_FAMILY_CLOSE[inner], m.end(), p_end)
    outer_close = text.find(_FAMILY_CLOSE[outer], close + 1, p_end) if close != -1 else -1
    return close + 1 if outer_close != -1 else None


# a single mark opening a paragraph or set after a colon, before a letter ('90s' is no quotation)
_OUTER_OPEN = re.compile(r"(?:^|(?<=:)|(?<=: ))[\u2018'](?=[A-Za-z])")
# a single mark after a word or a comma, full stop, question or exclamation mark, ending a word
_OUTER_CLOSE = re.compile(r"(?<=[\w,.!?\"\u201d])[\u2019'](?=[\s,.;:!?\u2014\u2013-]|$)")


def _outer_single(text: str, p_start: int, p_end: int, quotes: list[Quote]) -> list[Quote]:
    """British style: a quotation in single marks holding one in double marks ('\u2018He told me
    "you are fired", just like that,\u2019 said the clerk'). The single quotation opens the
    paragraph (or follows a colon) and closes past every double quotation it holds; it is
    returned in their place, as a double quotation holding single ones is returned whole."""
    if not quotes:
        return quotes
    opening = _OUTER_OPEN.search(text[p_start:p_end])
    if opening is None or p_start + opening.start() > min(q.open for q in quotes):
        return quotes
    at = p_start + opening.end()
    # the same quotation read in curly single marks beside the double ones
    doubles = [q for q in quotes if q.open != at - 1]
    if not doubles:
        return quotes
    inner_end = min(q.close for q in doubles)
    for close in _OUTER_CLOSE.finditer(text, at, p_end):
        if close.start() < inner_end:
            continue
        if _plural_possessive(text, close.start(), p_end):
            continue
        held = [q for q in doubles if q.open >= at and q.close <= close.start()]
        if not held or any(q.open < close.start() < q.close for q in doubles):
            return quotes
        outer = Quote(at - 1, at, close.start(), close.end())
        return [outer, *(q for q in doubles if q not in held)]
    return quotes


def _single_quotes(text: str, p_start: int, p_end: int, continued: bool = False) -> list[Quote]:
    """Quotations in single marks of a paragraph that has no double mark: closed ones, and,
    when the next paragraph opens with a single mark (``continued``: a quotation running on),
    the last one left open, to the paragraph's end."""
    out: list[Quote] = []
    # every mark that can close, found once: each opening looks its closing up (linear in the
    # paragraph, however many marks are left open)
    elided = {m.start(k) for m in _ELIDED.finditer(text, p_start, p_end) for k in (1, 2, 3) if m.start(k) >= 0}
    closings = [m.start() for m in _SINGLE_CLOSE.finditer(text, p_start, p_end)
                if not _plural_possessive(text, m.start(), p_end) and m.start() not in elided
                and not _OWNER_BEFORE_CLOSE.match(text, m.start(), p_end)]
    at = p_start
    while (opening := _SINGLE_OPEN.search(text, at, p_end)) is not None:
        if opening.start() in elided:
            at = opening.end()
            continue
        k = bisect_left(closings, opening.end() + 1)
        if k == len(closings):
            end = p_end
            while end > opening.end() and text[end - 1].isspace():
                end -= 1
            if continued and end - opening.end() > 1:
                out.append(Quote(opening.start(), opening.end(), end, end))
            break  # no mark after this one closes, nor after any later one
        if closings[k] - opening.end() > MAX_QUOTE:
            at = opening.end()
            continue
        out.append(Quote(opening.start(), opening.end(), closings[k], closings[k] + 1))
        at = closings[k] + 1
    return out


#: the apostrophes of a word cut short, no quotation marks: 'rock \'n\' roll' (both), 'the \'90s' (one)
_ELIDED = re.compile("(?<![\\w\u2019'])([\u2018\u2019'])n([\u2019'])(?![\\w\u2019'])"
                     "|(?<![\\w\u2019'])([\u2018\u2019'])\\d\\ds(?!\\w)")


#: a plural possessive's apostrophe right before the stop and the mark that close the quotation ("'It's the
#: drivers',' he said": the first mark is the apostrophe)
_OWNER_BEFORE_CLOSE = re.compile("(?<=s)[\u2019'][,.!?][\u2019'](?![\\w\u2018\u2019'])")


def _plural_possessive(text: str, mark: int, end: int) -> bool:
    """"the players' union": an 's' before the mark and a lower-case word after it."""
    return (text[mark - 1] in "sS" and mark + 2 < end and text[mark + 1] == " "
            and text[mark + 2].islower())


def find_single_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Short single-quoted stretches ('worst massacre') between ``start`` and ``end``."""
    end = len(text) if end is None else end
    return [Quote(m.start(), m.start(1), m.end(1), m.end()) for m in _SINGLE.finditer(text, start, end)]


_REGION_MARKS = re.compile(f'[{OPENING}{CLOSING}"\n]')


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations: curly pairs, and straight quotes paired within
    a paragraph. An unclosed quotation runs to the end of its paragraph."""
    regions: list[tuple[int, int]] = []
    open_at = None
    straight_at = None
    for match in _REGION_MARKS.finditer(text):
        i, ch = match.start(), match.group()
        if ch in OPENING:
            open_at = i
        elif ch in CLOSING:
            if open_at is not None:
                regions.append((open_at, i))
                open_at = None
        elif ch == '"':
            if straight_at is None:
                straight_at = i
            else:
                regions.append((straight_at, i))
                straight_at = None
        else:  # a new paragraph closes what is still open
            for pending in (open_at, straight_at):
                if pending is not None:
                    regions.append((pending, i))
            open_at = straight_at = None
    for pending in (open_at, straight_at):
        if pending is not None:
            regions.append((pending, len(text)))
    regions.sort()
    return regions
