"""The working record of one attribution while rules find and complete it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lexicon import word_set
from ..quotes import QUOTE_PAIRS
from .clock_times import CLOCK
from .labels import label_text
from .stage_directions import without_directions

# a cue's nature decides the record's kind: speech -> direct/indirect/mixed by the content
SPEECH, BELIEF, ACCORDING, OTHER = "speech", "belief", "according_to", "other"

#: white space of any width, and the invisible marks web text leaves beside it (zero-width space, BOM)
SPACES = " \t\r\n\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_TRIM = SPACES + ",;:.!?\u2014\u2013-\"'\u201c\u201d\u2018\u2019`()[]>"  # (">" the mark of a transcript's turn: ">> HOST:")


@dataclass
class Candidate:
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    contents: list[tuple[int, int]]
    nature: str = SPEECH
    source_token: int | None = None  # index of the source's head token in the Doc
    sentence: int = 0  # index of the cue's sentence
    medium: str | None = None
    relayed_by: str | None = None
    confidence: float = 0.8
    quoted: bool = False  # a content span came from a quotation
    verbatim: bool = False  # a transcript's turn ('MORALES: ...'): the words as spoken, no marks
    parent: int | None = None  # index of the candidate whose content holds this one
    verb: int | None = None  # index of the cue verb's token (verb cues)
    reports: bool = False  # 'reports of X' with nobody named: the source is 'unspecified reports'
    aside: bool = False  # the content is the sentence around the cue clause ('The plan, he said, is dead.')
    answers: bool = False  # it denies (rejects, disputes) another report's content ('X, a claim Y denied')
    unjudged: bool = False  # a form the ranker's training data hardly has, which its threshold does not judge
    before: bool = False  # its content is the quotation closing the paragraph before the cue's (``summed_quotes``)
    # what the words around a cue clause report when no quotation is given to it ('X, he told
    # reporters.', where the parser hung the cue on X): ``attach_quotes`` falls back on it
    fallback: list[tuple[int, int]] | None = None
    relay: tuple[int, int] | None = None  # 'one of the diplomats quoted' of '"...," one of the diplomats quoted X as saying'
    id: str | None = None  # the record id (a1, a2, ...) once the candidates are numbered

    @property
    def start(self) -> int:
        points = [s for s, _ in self.contents]
        if self.cue:
            points.append(self.cue[0])
        return min(points) if points else 0

    @property
    def end(self) -> int:
        return max(e for _, e in self.contents) if self.contents else (self.cue[1] if self.cue else 0)


def trim(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    """Shrink (start, end) past punctuation and spaces at both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def line_label_end(text: str, start: int, end: int) -> int:
    """Past a label of ``line_labels.txt`` and its colon opening ``text[start:end]`` ('Breaking:',
    'Exclusive:'), else ``start``."""
    label = text.find(":", start, end)
    return label + 1 if label > start and label_text(text[start:label], word_set("attribution/line_labels")) else start


def words_end(token: Token) -> int:
    """The character where ``token``'s phrase ends, its closing punctuation and spaces aside ('to help other
    candidates raise money,' ends at 'money')."""
    last = token.right_edge
    while last.i > token.i and (last.is_punct or last.is_space):
        last = token.doc[last.i - 1]
    return last.idx + len(last)


def content_words(doc: Doc, span: tuple[int, int]) -> tuple[Span, Token, int] | None:
    """A content's words (``span`` of ``doc`` contracted to whole words), the word they hang from (walked up
    from the first word while its head stays inside) and the index of the last that is no punctuation; None
    for fewer than three words, which no closing phrase can be cut from."""
    words = doc.char_span(span[0], span[1], alignment_mode="contract")
    if words is None or len(words) < 3:
        return None
    head = words[0]
    while head.head.i != head.i and words.start <= head.head.i < words.end:
        head = head.head
    last = words.end - 1  # (the last word no punctuation, found from the end: a walk over all would make a Token of each)
    while last >= words.start and doc[last].is_punct:
        last -= 1
    return words, head, last if last >= words.start else words.end - 1


def trim_content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A content span without outer spaces/commas, a leading 'that' or a trailing 'and'."""
    start, end = trim(text, start, end, SPACES + ",;:\u2014\u2013-\u2022*")
    # a transcript's '[crosstalk]' or '(laughs)' at either end, no word of the speaker's (``stage_directions``)
    start, end = without_directions(text, start, end)
    # a Q-and-A's label opening the line ('A: Switching saves money, the regulator estimates')
    if text.startswith(("A: ", "Q: "), start) and (start == 0 or text[start - 1] == "\n"):
        start, end = trim(text, start + 3, end, SPACES)
    # a rubric opening the line, no part of what was said ('Exclusive: X is testing Y, people familiar say')
    if (start == 0 or text[start - 1] == "\n") and (label := line_label_end(text, start, min(end, start + 20))) > start:
        start, end = trim(text, label, end, SPACES)
    # a bracket opened before the report and closed after it ('("...," one engineer said.)')
    if start < end and text[start] in _BRACKETS and _BRACKETS[text[start]] not in text[start:end]:
        start, end = trim(text, start + 1, end, SPACES + ",;:")
    # the complementizer; a capital 'That' opens a sentence as a pronoun ('That is how it was')
    # ('said only that X': the parser hangs the adverb on the clause)
    complementizer = _THAT.match(text, start)
    # ('denied that charge': 'that' before a lone noun is its determiner, no complementizer)
    # ('said that issue would be decided': a bare singular count noun is no clause's subject, 'that' is its determiner)
    determiner = _BARE_NOUN.match(text, complementizer.end()) if complementizer is not None else None
    if complementizer is not None and (complementizer.end() < end if complementizer.group(1) else complementizer.end() <= end) \
            and len(text[complementizer.end() : end].strip(" .,;:").split()) != 1 and not (
                determiner is not None and determiner.group(1) in word_set("attribution/count_nouns")):
        start, end = trim(text, complementizer.end(), end, SPACES + ",;:")
    # a closing period, or an unbalanced bracket or mark left by the parse
    while end > start and (text[end - 1] in ".,;: " or text[end - 1] in _OPENING_BRACKET
                           and _OPENING_BRACKET[text[end - 1]] not in text[start : end - 1]
                           or _closes_no_single_quote(text, start, end)):
        end -= 1
    # a time keeps its 'a.m.', stop and all, which the parse may hang outside ('closed at 2 | a.m.')
    time = _TIME_STOP.match(text, end) if text[end - 1 : end].isdigit() else None
    if time is not None:
        end = time.end()
    elif text[max(start, end - 3) : end].lower() in ("a.m", "p.m") and text[end : end + 1] == ".":
        end += 1
    # a conjunction the parser left at the end ('it was time to end her career and | shared a link')
    dangling = _DANGLING.search(text, start, end)
    if dangling is not None:
        end = trim(text, start, dangling.start())[1]
    return (start, end) if end - start > 1 else None


def _closes_no_single_quote(text: str, start: int, end: int) -> bool:
    """'Don't worry, it'll be fine,'' (a quotation within a quotation): a single mark after the
    closing comma or stop that no single mark in the content opens is the outer quotation's."""
    return (end - start > 2 and text[end - 1] in "'\u2019" and text[end - 2] in ".,"
            and not any(text[i] in "'\u2018" and (i == start or not text[i - 1].isalnum()) for i in range(start, end - 1)))


# not 'proposed just that'; not the pronoun that a verb follows ('argue that is too little')
_THAT = re.compile(r"(?:(only|simply|merely|just) )?that(?=\s)(?!\s+(?:is|was|are|were|has|had|will|would|could|"
                   r"should|can|may|might|must|does|did|seems|means)\b)")
#: a noun right after 'that' and the auxiliary or verb after it ('that issue would', 'that plan was'), or the
#: infinitive's 'to' of an object clause ('expected that trend to continue')
_BARE_NOUN = re.compile(r"\s+([a-z]+)\s+(?:is|was|has|had|will|would|could|should|can|may|might|must|does|did|to)\b")
_TIME_STOP = re.compile(r" ?[ap]\.m\.", re.IGNORECASE)
_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_OPENING_BRACKET = {close: mark for mark, close in _BRACKETS.items()}
_DANGLING = re.compile(r"[\s,]+(?:and|but|or)$", re.IGNORECASE)


#: a quotation's opening mark by its closing one, for the closing marks of one character
_OPENER = {close: mark for mark, close in QUOTE_PAIRS.items() if len(close) == 1}


def _marks(piece: str, mark: str) -> int:
    """How many ``mark`` characters ``piece`` holds; a single closing mark between two letters
    or digits is an apostrophe ("don't"), not a mark."""
    if mark not in ("'", "\u2019"):
        return piece.count(mark)
    return sum(1 for i, ch in enumerate(piece) if ch == mark and not (
        0 < i < len(piece) - 1 and piece[i - 1].isalnum() and piece[i + 1].isalnum()))


def close_marks(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span with the closing mark of a quotation it opens and leaves open right at its end
    ("called it 'the wall of shame" -> "... shame'"): the parser hangs the closing mark on the
    verb, so a subtree stops before it."""
    return _closed(text, span, _OPENER)


def close_bracket(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span with the closing bracket of one it opens and leaves open right at its end ('Helena
    Marsh (Chief Executive Officer' -> '... Officer)', a turn's label before its colon), and with the stop of
    an abbreviation right before it ('SEN. ANA VOLK (D-Ore' -> '... (D-Ore.)')."""
    if text[span[1] : span[1] + 2] == ".)" and (closed := _closed(text, (span[0], span[1] + 1), _BRACKET))[1] > span[1] + 1:
        return closed
    return _closed(text, span, _BRACKET)


#: a bracket's opening by its closing one
_BRACKET = {")": "("}


def _closed(text: str, span: tuple[int, int], openers: dict[str, str]) -> tuple[int, int]:
    """``span`` with the closing mark right after it (one of ``openers``' keys) when the span opens that
    mark's pair and leaves it open."""
    start, end = span
    opener = openers.get(text[end]) if end < len(text) else None
    if opener is None:
        return span
    piece, mark = text[start:end], text[end]
    left_open = _marks(piece, mark) % 2 if opener == mark else _marks(piece, opener) - _marks(piece, mark)
    return (start, end + 1) if left_open > 0 else span


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def clip_lines(text: str, span: tuple[int, int], anchor: int) -> tuple[int, int]:
    """The part of ``span`` on the same line as ``anchor`` (or the nearest line to it): a
    parse that runs a headline or bullet into the next paragraph is cut at the break."""
    start, end = span
    if anchor <= start and "\n" in text[anchor:start] or end <= anchor and "\n" in text[end:anchor]:
        return (start, start)  # on another line than the cue: dropped
    if "\n" not in text[start:end]:
        return trim(text, start, end, SPACES)  # (a name run on over a no-break space: 'the\u00a0warden\u00a0said')
    if anchor <= start:
        cut = text.find("\n", start, end)
        return trim(text, start, cut, SPACES) if cut > start else span
    if anchor >= end:
        cut = text.rfind("\n", start, end)
        return trim(text, cut + 1, end, SPACES + "\u2022*-") if cut >= start else span
    lo = text.rfind("\n", start, anchor)
    hi = text.find("\n", anchor, end)
    return trim(text, lo + 1 if lo >= 0 else start, hi if hi >= 0 else end, SPACES)


# 'RIVERTON - ', 'WASHINGTON (Reuters) - ', 'LONDON, March 3 (AP) — ', 'OTTAWA, Ontario, May 9 - ',
# 'LONDON, 2 June - ' (the day before the month): a wire dateline opening a paragraph
DATELINE = re.compile(r"[A-Z\u00c0-\u00d6\u00d8-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de.'\u2019&-]+"  # ('BOGOTÁ', 'VIENNA/RIYADH')
                       r"(?:[ /][A-Z][A-Z\u00c0-\u00d6\u00d8-\u00de.'\u2019&-]+)*"
                       r"(?:,(?:(?: [A-Z][\w.]*)+(?: \d{1,2})?|"
                       r" \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?: \d{4})?)){0,2}"
                       # (a press release's year and newswire: 'NEW YORK, Jan. 5, 2024 /PRNewswire/ --')
                       r"(?:, \d{4})?(?: ?(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/))? ?[-\u2013\u2014]+ ?")


# '10:42 ', '9.30am ', '14:05 GMT ': a live page's time stamp opening a paragraph (before a
# capital or a quotation mark: not '10.5 million people')
_TIME_STAMP = re.compile(rf"{CLOCK}(?: ?[-\u2013\u2014:])? +(?=[A-Z\"'\u201c\u2018])")


# 'LAHORE: ', 'NEW DELHI, Jan 5: ', 'Chennai, March 3 (PTI): ': the dateline South and Southeast Asian
# papers end with a colon (a place in capitals, or any place with a date), before a capital or a quotation mark
_COLON_DATELINE = re.compile(r"(?:[A-Z][A-Z.'&-]+(?: [A-Z][A-Z.'&-]+){0,2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=, ))"
                             r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Z]{2,8}\))?: +(?=[A-Z\"'\u201c\u2018])")


def after_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A content opening a paragraph without the wire dateline or the live page's time stamp
    before its first word: they say where and when the story was filed, not what was said."""
    start, end = span
    if start and text[start - 1] != "\n":
        # a content the parser started inside the dateline ('LUSAKA, Jan 22 - Zambia's output will
        # rise, the ministry said': 'Jan 22 - Zambia's ...'; 'WASHINGTON (Reuters) - ...': '(Reuters) - ...')
        bound = dateline_end(text, start)
        return trim(text, bound, end, SPACES) if bound is not None and bound < end else span
    m = DATELINE.match(text, start, end) or _COLON_DATELINE.match(text, start, end) or _TIME_STAMP.match(text, start, end)
    if m is None or m.end() >= end:
        return span
    return trim(text, m.end(), end, SPACES)


_BYLINE = re.compile(r"\s*(?:By|BY|Words by|Reporting by|Posted by)\s+")


def byline_line(text: str, offset: int) -> tuple[int, int, int] | None:
    """Where the line holding ``offset`` starts, where the words after its 'By' start and where it
    ends, when it is a byline: a short line (at most eight words) that 'By' opens ('By Priya
    Natarajan', 'By Helen Marchetti, Public Editor, The Courier') or a forum post's 'Posted by' ('Posted by
    Hillwalker Jen on 12 April', ``post_bylines``); None for any other line."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    by = _BYLINE.match(text, start)
    return (start, by.end(), end) if by is not None and len(text[start:end].split()) <= 8 else None


def headline_end(text: str) -> int:
    """Where the article's first line, its headline, ends; 0 when that line is a sentence of
    the story (a full stop after words mostly in lower case: no headline was given), -1 when
    the text is one line."""
    end = text.find("\n")
    words = [w for w in text[: end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    lower = sum(w[0].islower() for w in words)
    sentence = text[:end].rstrip().rstrip("\"\u201d'\u2019").endswith(".") and lower * 2 > len(words)
    return 0 if end > 0 and sentence else end


def dateline_end(text: str, start: int) -> int | None:
    """Where the wire dateline opening the paragraph of ``start`` ends, when ``start`` is inside
    it ('LEEDS, England - The Met Office' tagged one entity: the body is named after it)."""
    line = text.rfind("\n", 0, start) + 1
    m = DATELINE.match(text, line)
    return m.end() if m is not None and start < m.end() else None


# 'Raipur, March 3 (PTI)' or 'Lagos, 4 May': a dateline standing on a line of its own, the place in title case
_DATELINE_LINE = re.compile(r"([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}), (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"
                            r"(?:,? \d{4})?(?: ?\([^)\n]{1,40}\))?[ \t]*(?=\n)")


def dateline_places(text: str) -> frozenset[str]:
    """The places the article's datelines name, folded ('kearney' of 'KEARNEY, Neb. -'): the
    same name in the story is that place, whatever the NER made of it."""
    places = set()
    for line in re.finditer(r"(?:^|\n)", text):
        m = DATELINE.match(text, line.end())
        if m is not None:
            places.add(m.group(0).split(",")[0].strip(" -\u2013\u2014").lower())
        m = _DATELINE_LINE.match(text, line.end())
        if m is not None and ("(" in m.group(0) or " " not in m.group(1)):  # (not a byline: 'Jane Doe, March 3')
            places.add(m.group(1).lower())
    return frozenset(p for p in places if p)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the words at (start, end) are part of a wire dateline opening their paragraph
    ('SOFIA, Sept 9 (Tessel News) - ')."""
    bound = dateline_end(text, start)
    return bound is not None and end <= bound


#: a single mark right after a quotation's last stop or comma, before a space (not the apostrophe of 'the players' union')
_SINGLE_CLOSE = re.compile("(?<=[,.!?])['\u2019](?=\\s)")


def quotation_before(text: str, contents: list[tuple[int, int]], source: tuple[int, int]) -> list[tuple[int, int]] | None:
    """'"We respect the staff," the company's chief executive, John Smith, said': the parser hung
    the speaker named after the closing mark on the quotation's clause; the content ends at that
    mark. None when no closing mark comes between the content's start and the source."""
    for start, end in contents:
        if start <= source[0] < end:
            close = max((text.rfind(mark, start, source[0]) for mark in ('"', "\u201d")), default=-1)
            # (or a single mark closing a quotation's last words, British style: '\'..., by anyone,\' the firm's head said')
            close = max(close, max((m.start() for m in _SINGLE_CLOSE.finditer(text, start, source[0])), default=-1))
            gap = text[close + 1 : source[0]]
            # (or the speaker's role set before the name: '"...," the institute's head of records, Dr Ann Roe, said')
            role = gap.rstrip().endswith(",") and len(gap.split()) <= 8 and not any(q in gap for q in '"\u201c\u201d')
            if close > start and (not gap.strip(" ,\u2014\u2013-") or role):
                return [c for c in contents if c[1] <= start] + [trim(text, start, close)]
    return None


def name_before(token: Token) -> int:
    """Where the body's name opens that a subject 'a campaign group' is set beside, the parser
    having made the name no part of it ('Fair Pay Now, a campaign group, said'); else no start
    (not a phrase opened by a preposition the parser hung on the verb, 'In Lyon, a group of nurses said')."""
    edge, doc = token.left_edge, token.doc
    if edge.lower_ not in ("a", "an") or edge.i < 2 or doc[edge.i - 1].text != ",":
        # (most subjects: no 'a' after a comma; the text's length, which doc.text would build anew)
        return doc[-1].idx + len(doc[-1].text_with_ws)
    i = edge.i - 2
    while i >= 0 and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in NAME_GLUE) and not doc[i].is_space:
        i -= 1
    run = doc[i + 1 : edge.i - 1]
    if not (0 < len(run) <= 7 and run[0].is_title and (i < 0 or doc[i].is_space or doc[i].text in (".", "!", "?"))
            and token.lemma_.lower() in word_set("group_role_nouns")) or (run[0].pos_ == "ADP" and run[0].head.i == token.head.i):
        return doc[-1].idx + len(doc[-1].text_with_ws)  # (nor a fronted adverbial: 'In Lyon, a group of nurses said')
    return run[0].idx


#: the small words inside a body's name ('Spotlight on Corruption', 'Save Our Park')
NAME_GLUE = frozenset(["of", "on", "for", "and", "the", "&", "'s", "\u2019s", "-", "'"])
