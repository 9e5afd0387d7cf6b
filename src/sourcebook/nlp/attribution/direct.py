"""Quotations joined to the cues around them.

- A content that lies inside a quotation becomes the whole quotation (multi-sentence quotes).
- A quotation with no content of its own goes to a cue of its sentence that the quotation
  completes ('"...," he said. / he said: "..."'), to the cue before it when the quote is split
  around the cue ('"A," she said, "B."'), or continues the previous direct attribution when
  nothing but punctuation separates them (a paragraph opening with a mark).
- '"..." - Commissioner Jane Doe' gives the trailing name as the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..lexicon import word_set
from ..quotes import CLOSING, CLOSING_MARKS, Quote
from .candidate import SPEECH, Candidate, inside, overlaps, trim
from .connective_quotes import after_connective, ends_sentence, joined_quote
from .dash_signatures import dash_signer
from .dialogue_turns import answered_question
from .forgotten_closes import forgotten_close
from .labels import label_text
from .line_broken import broken_off
from .nearer_reports import nearer_report
from .paragraph_phrases import phrase_below
from .pull_quotes import pull_quote
from .quote_paragraphs import held_before, quoted_heading
from .quoted_sequels import sequel_start
from .run_on_quotes import claimed_after, same_marks
from .signed_blocks import signed_below

# '"..." - Lena Moss' or '"..." - Lena Moss, agency director' ending the line: the name is the source
# ('- Maureen Lacey, 71, Didsbury': up to two such items, an age and a place); a role in lower
# case may stand inside the name ('- Dalton captain Lena Marsh'; not an article: '- X Brings the
# House Down' is a headline) and where it was said may follow it ('... on the club's website')
_DASH_NAME = re.compile(r"[ \t]*[-\u2013\u2014]+[ \t]*"
                        r"([A-Z][\w'\u2019.-]*(?:[ \t]+(?:(?!(?:the|a|an)[ \t])[a-z][\w'\u2019-]*[ \t]+){0,2}"
                        r"[A-Z][\w'\u2019.-]*){0,5})"
                        r"(?:,[ \t]*\d{1,3})?"  # an age ('- Sarah Bell, 40, nurse')
                        r"(?:,[ \t]*[^\n,;:!?\"\u201c\u201d()]{1,60}?)?(?:,[ \t]*[A-Z][^\n,;:!?\"\u201c\u201d()]{0,40}?)?"
                        r"(?:[ \t]+(?:on|in|at|via|to|speaking|writing)[ \t][^\n\"\u201c\u201d]{1,60}?)?"
                        r"[ \t.]*(?=\n|$)")
_WORDY = re.compile(r"[^\W\d_]")
MAX_GAP = 160
QUOTE_MARKS = "\"\u201c\u201d"


class QuoteIndex:
    """The quotations of a text, found by offset with a binary search (they never overlap)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.opens = [q.open for q in quotes]

    def overlapping(self, start: int, end: int) -> list[Quote]:
        i = max(0, bisect_right(self.opens, start) - 1)
        out = []
        while i < len(self.quotes) and self.quotes[i].open < end:
            q = self.quotes[i]
            if q.close > start or q.end > start:
                out.append(q)
            i += 1
        return out

    def around(self, start: int, end: int) -> Quote | None:
        """The quotation whose text holds (start, end)."""
        return next((q for q in self.overlapping(start, end) if q.start <= start and end <= q.end), None)


class Mask:
    """Characters already held by some content: overlap tests in time of the span's length."""

    def __init__(self, size: int) -> None:
        self.bits = bytearray(size + 1)

    def add(self, span: tuple[int, int]) -> None:
        self.bits[span[0] : span[1]] = b"\x01" * max(0, span[1] - span[0])

    def hits(self, span: tuple[int, int]) -> bool:
        return any(self.bits[span[0] : span[1]])


def absorb_quotes(text: str, cands: list[Candidate], index: QuoteIndex, names: frozenset[Quote] = frozenset()) -> None:
    """Grow contents that lie inside a quotation to the whole quotation (a name in quotation
    marks, one of ``names``, quotes no one: 'is recalling "Ocean Crunch Chips"')."""
    for cand in cands:
        grown = []
        for span in cand.contents:
            for q in index.overlapping(*span):
                if cand.cue is not None and overlaps(cand.cue, (q.open, q.close)):
                    continue  # a report inside a quotation: its content stays its own
                if overlaps(span, (q.start, q.end)):
                    if inside(span, (q.open, q.close)) or inside(span, (q.start - 1, q.end + 2)):
                        span = (q.start, q.end)
                    else:
                        span = (min(span[0], q.open if q.open < span[0] else span[0]), max(span[1], q.close))
                    cand.quoted = cand.quoted or q not in names
            grown.append(_strip_inner(text, span))
        cand.contents = _merge(grown)


def _strip_inner(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = trim(text, *span, chars=" \t\r\n")
    while end > start and text[end - 1] in ",.;:" and _is_mark(text[end : end + 1].strip() or text[end + 1 : end + 2]):
        end -= 1  # (a closing mark set off by a space, as guillemets often are: '« We lost it all, » he said')
    while end > start and text[end - 1] in "," and end == span[1]:
        end -= 1
    return start, end


def _is_mark(ch: str) -> bool:
    return ch != "" and ch in "\"'\u201d\u2019\u201c\u00ab\u00bb"


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(s for s in spans if s[1] > s[0])
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and span[0] <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], span[1]))
        else:
            out.append(span)
    return out


def attach_quotes(
    text: str,
    cands: list[Candidate],
    index: QuoteIndex,
    sentence_of,
    turns=None,
) -> list[Candidate]:
    """Give every quotation that no content covers to a cue, or make it a new attribution.

    ``sentence_of(offset)`` maps a character offset to its sentence index.
    """
    cands.sort(key=lambda c: c.start)
    covered = Mask(len(text))
    for cand in cands:
        for c in cand.contents:
            # contents of reports made inside a quotation do not cover it
            if cand.cue is None or not any(inside(cand.cue, (q.start, q.end)) for q in index.overlapping(*c)):
                covered.add(c)
    nearby = _Nearby(cands)
    new: list[Candidate] = []
    for q in index.quotes:
        qspan = _strip_inner(text, (q.start, q.end))
        if qspan[1] - qspan[0] < 2 or covered.hits(qspan) or pull_quote(text, q, index.quotes) or quoted_heading(text, q):
            continue  # (``pull_quotes``; a title or a sign on a line of its own, ``quote_paragraphs``)
        answer = turns.answering(text, q) if turns is not None else None
        signed = _dash_source(text, q)  # '"..." - Nomsa Khumalo, a shop owner': hers, whoever spoke before
        owner = None if signed is not None else _owner(
            text, nearby.around(q.open, q.close) + new[-3:], q, sentence_of, turns, answer)
        owner = owner or (held_before(text, q, index, cands + new) if signed is None and answer is None else None)
        if owner is not None:
            lead = sequel_start(text, owner, q, sentence_of, nearby.around(q.open, q.close), turns)  # 'It was "a B."'
            owner.contents = _merge(owner.contents + [qspan if lead is None else (lead, qspan[1])])
            owner.quoted = True
            covered.add(qspan)
            continue
        if signed is None and answer is not None:
            verb, subj = answer
            signed = _verb_span(verb), (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)), 0.5
        actor = turns.actor_before(text, q) if signed is None and turns is not None else None
        if actor is not None:  # 'The mayor shrugged. "Why not?"'
            verb, subj = actor
            signed = _verb_span(verb), trim(text, subj.left_edge.idx, subj.idx + len(subj)), 0.5
        signed = signed or _name_before(text, q)
        if signed is not None:  # a quotation of its own: (cue, source, confidence)
            new.append(Candidate(cue=signed[0], source=signed[1], contents=[qspan], quoted=True, confidence=signed[2],
                                 sentence=sentence_of(q.start)))
            covered.add(qspan)
    cands.extend(new)
    cands.sort(key=lambda c: c.start)
    leading_quotes(text, cands, index)
    for cand in cands:
        if not cand.contents and cand.fallback:
            cand.contents = cand.fallback
    return [c for c in cands if c.contents]


def _verb_span(verb) -> tuple[int, int]:
    """A verb's characters with its particle ('went on', 'chimed in'), a copula's with its manner ('was blunt')."""
    last = max((c for c in verb.rights if c.dep_ == "prt" or c.dep_ == "acomp" and verb.pos_ == "AUX"),
               key=lambda c: c.i, default=verb)
    return verb.idx, last.idx + len(last)


def _cue(cand: Candidate) -> tuple[int, int]:
    """The cue of a candidate known to have one."""
    assert cand.cue is not None
    return cand.cue


class _Nearby:
    """Candidates whose cue lies within a window of an offset."""

    WINDOW = 1500

    def __init__(self, cands: list[Candidate]) -> None:
        self.cands = sorted((c for c in cands if c.cue is not None), key=lambda c: _cue(c)[0])
        self.starts = [_cue(c)[0] for c in self.cands]

    def around(self, start: int, end: int) -> list[Candidate]:
        lo = bisect_left(self.starts, start - self.WINDOW)
        hi = bisect_right(self.starts, end + 300)
        return sorted(self.cands[lo:hi], key=lambda c: c.start)


def _owner(text: str, cands: list[Candidate], q: Quote, sentence_of, turns=None, answer=None) -> Candidate | None:
    """The attribution a free quotation belongs to, if any."""
    q_first = sentence_of(q.open)
    goes_on = answer is None
    best = None
    for cand in cands:
        if cand.nature != SPEECH or cand.cue is None:
            continue
        if inside(cand.cue, (q.open, q.close)) or _heading_cue(text, cand, q):
            continue
        # the quote completes the cue when only the cue clause and punctuation lie
        # between them, continues its statement, or follows the cue's sentence after ":"
        if (
            _only_cue_between(text, cand, q)
            or (goes_on and cand.quoted and cand.contents and cand.start < q.open and _continues(text, cand, q)
                and not _handed_on(text, cand, q, turns))
            or (goes_on and cand.quoted and cand.contents and cand.start < q.open and (
                _next_sentence(text, cand, q, sentence_of) or after_connective(text, cand, q, sentence_of)
                or joined_quote(text, cand, q))
                and not _handed_on(text, cand, q, turns))
            or (cand.sentence == q_first - 1 and text[cand.cue[1] : q.open].strip() in (":", ""))
            or (goes_on and sequel_start(text, cand, q, sentence_of, cands, turns) is not None)
        ):
            if best is not None and best.source == cand.source and not best.contents and (
                    q.close <= _cue(best)[0] < cand.cue[0] or cand.cue[1] < _cue(best)[1] <= q.open):
                continue  # '"No," Tull said, adding that X': of one speaker's cues, the nearest bare one
            best = cand
    if best is None:
        goes_on = goes_on and not claimed_after(text, q, cands)  # (a quotation running on to another's cue)
        best = next((c for c in cands if _stop_before_cue(text, c, q)), None) or next(
            (c for c in reversed(cands)
             if goes_on and _after_report(text, c, q, sentence_of) and not _handed_on(text, c, q, turns)), None)
    elif not best.quoted:
        split = next((c for c in cands if _split_rest(text, c, q, q_first)), None)
        if split is not None:
            best = split
    if best is not None and goes_on:  # ('"A," said Ruiz. She says X. "B."': B goes on with X, ``nearer_reports``)
        best = nearer_report(text, best, cands, q.open, q_first, lambda c: _after_report(
            text, c, q, sentence_of) and not _handed_on(text, c, q, turns)) or best
    return best


def _heading_cue(text: str, cand: Candidate, q: Quote) -> bool:
    """A cue with nothing said in a heading's line above the quotation ('What our guests say'):
    a line of its own with no closing stop or colon heads a section, whose quotations are
    each their own (credited or not), not the heading's."""
    cue = _cue(cand)
    line_end = text.find("\n", cue[1])
    if cand.contents or line_end < 0 or line_end >= q.open:
        return False
    line = text[text.rfind("\n", 0, cue[0]) + 1 : line_end].strip()
    return bool(line) and line[-1].isalnum()


def _split_rest(text: str, cand: Candidate, q: Quote, sentence: int) -> bool:
    """'"The bridge is safe," Ortiz wrote in a letter explaining why, "but the road is not."':
    a quotation going on in lower case after the cue clause is the rest of the quotation
    before the cue (the speaker's words split around it), not the content of a participle
    ('explaining') that happens to end right before it."""
    if cand.nature != SPEECH or cand.cue is None or not cand.quoted or not cand.contents or cand.sentence != sentence:
        return False
    if cand.contents[-1][1] > cand.cue[0] or cand.cue[1] > q.open:
        return False
    first = _WORDY.search(text, q.start, q.end)
    return first is not None and text[first.start()].islower()


def _stop_before_cue(text: str, cand: Candidate, q: Quote) -> bool:
    """'"We will win." Smith said.': a quotation closed by a full stop, then at once a
    speech cue clause with no content of its own (the writer's period for the comma) -
    only for a quotation no statement took."""
    if cand.nature != SPEECH or cand.cue is None or cand.contents or not q.closed:
        return False
    if _denied(text, cand):
        return False  # 'He did not elaborate.'
    lo = min(cand.cue[0], cand.source[0] if cand.source else cand.cue[0])
    ending = inner_end(text, q)
    return ending.endswith(".") and re.fullmatch(r"[^\S\n]+", text[q.close : lo]) is not None


def _denied(text: str, cand: Candidate) -> bool:
    """A cue that says something was not said ('did not elaborate', "didn't suggest")."""
    cue = text[_cue(cand)[0] : _cue(cand)[1]].lower()
    return " not" in cue or "n't" in cue or "n\u2019t" in cue


def _after_report(text: str, cand: Candidate, q: Quote, sentence_of) -> bool:
    """'The mayor said the bridge would reopen. "We are working day and night."': a quotation
    no cue took, opening the sentence right after a report of speech, goes on with what was
    said - also after an indirect report (a denial goes on with nothing)."""
    if cand.nature != SPEECH or cand.cue is None or not cand.contents or cand.start >= q.open:
        return False
    if inside(cand.cue, (q.open, q.close)) or _denied(text, cand):
        return False
    return _next_sentence(text, cand, q, sentence_of)


def _next_sentence(text: str, cand: Candidate, q: Quote, sentence_of) -> bool:
    """'"A," she said on CNN's "State of the Union." "B."': a quotation that opens the
    sentence right after the one holding the cue, with nothing but the cue clause between."""
    if sentence_of(q.open) != cand.sentence + 1:
        return False
    before = text[: q.open].rstrip()
    # (not a phrase quoted in the writer's own sentence: '"The storm" hit the coast an hour later.')
    return (bool(before) and before[-1] in ".!?\"\u201d" and sentence_of(len(before) - 1) == cand.sentence
            and ends_sentence(text, q))


_CONTINUES = re.compile(r"[^\"\u201c\u201d.!?]{0,100}[.!?]?")
_CONTINUES_LONG = re.compile(r"[^\"\u201c\u201d!?]*[.!?]?")
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")


def _handed_on(text: str, cand: Candidate, q: Quote, turns) -> bool:
    """'"...," Ebeling said, and her husband cut in. "..."': another takes the floor."""
    last = max(cand.contents[-1][1], _cue(cand)[1], cand.source[1] if cand.source else 0)
    if turns is not None and answered_question(text, cand, q.open, turns.doc):
        return True  # '"Coming?" she asked her brother.' / '"Not tonight."': the one asked replies
    return turns is not None and last < q.open and turns.subject_between(last, q.open)


def _continues(text: str, cand: Candidate, q: Quote) -> bool:
    """A quotation opening right after the statement's last sentence continues it."""
    last = max(cand.contents[-1][1], _cue(cand)[1], cand.source[1] if cand.source else 0)
    if last > q.open:
        return False
    between = text[last : q.open]
    if "\n" in between and _paragraph_ended(text, last):
        return False  # a statement closed by its paragraph's last sentence; a new one opens
    gap = text[last : q.open].strip().strip("\"\u201d\u2019',").strip()
    # the quotation opens a new sentence or paragraph
    if gap and gap[-1] not in ".!?" and "\n" not in text[last : q.open]:
        return False
    if _CONTINUES.fullmatch(gap) is not None:
        return True
    # abbreviations ('U.S.', 'Sen.') in the rest of the cue sentence
    return len(gap) <= 160 and _CONTINUES_LONG.fullmatch(gap) is not None and not _SENTENCE_BREAK.search(gap[:-1])


def _paragraph_ended(text: str, last: int) -> bool:
    """Whether the paragraph holding ``last`` ends with a finished sentence ('... he said.') or a
    closed quotation (a headline's 'Mayor: \u2018We will rebuild\u2019'); a cue clause left open at
    the break ('..., told the AP') runs on into the next one."""
    end = text.find("\n", last)
    line = text[max(0, last - 2) : end if end >= 0 else len(text)].rstrip()  # the paragraph's end only
    if line[-1:] in CLOSING or line[-1:] == "\u2019" or line[-2:] == "''":
        return True
    return line.rstrip("\"\u201d\u2019'")[-1:] in (".", "!", "?")


def leading_quotes(text: str, cands: list[Candidate], index: QuoteIndex) -> None:
    """A quoted paragraph with no cue, followed at once by a quote of a known speaker, is
    the same statement ('"A." / "B," he said.'); across paragraphs only when the first
    paragraph's quotation stays open, as a quotation running on to the next paragraph does."""
    covered = Mask(len(text))
    by_start = {}
    for cand in cands:
        # (a report inside the quotation, by a cue within it, holds none of it: the quotation is still free)
        for c in cand.contents if cand.quoted or not index.overlapping(*_cue(cand)) or forgotten_close(cand, index) else ():
            covered.add(c)
        if cand.quoted and cand.nature == SPEECH and cand.contents:
            by_start[cand.contents[0][0]] = cand
    quotes = index.quotes
    for i in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[i], quotes[i + 1]
        qspan = _strip_inner(text, (q.start, q.end))
        if qspan[1] - qspan[0] < 2 or covered.hits(qspan):
            continue
        if nxt.open - q.close > 4 or text[q.close : nxt.open].strip():
            continue
        if q.closed and "\n" in text[q.close : nxt.open]:
            continue  # a paragraph whose quotation closes is a statement of its own, perhaps another's
        if "\n" in text[q.close : nxt.open] and not same_marks(text, q, nxt.open):
            continue  # a paragraph opened with another mark is another quotation (``run_on_quotes``)
        owner = by_start.get(nxt.start)
        if owner is None:
            continue
        owner.contents = _merge(owner.contents + [qspan])
        by_start[qspan[0]] = owner
        covered.add(qspan)


_QUOTE_BEFORE_CUE = re.compile(r"[^\S\n]*(?:\n[^\S\n]*)?")
_QUOTE_AFTER_CUE = re.compile(r"\s*[,:\u2014\u2013-]?\s*")
OPEN_ENDED = ",?!\u2014\u2013-\u2026"


def _only_cue_between(text: str, cand: Candidate, q: Quote) -> bool:
    """'"...," she said' / 'she said: "..."': nothing but the cue clause and punctuation
    between the quotation and the cue."""
    parts = [_cue(cand)] + ([cand.source] if cand.source else []) + ([cand.relay] if cand.relay else [])
    parts += [c for c in cand.contents if not overlaps(c, (q.open, q.close))]
    lo = min(p[0] for p in parts)
    hi = max(p[1] for p in parts)
    if q.close <= lo:
        # the quotation ends open (comma, question mark, dash) right before the cue clause,
        # inside the marks or, as French, German and British writers put it, after them
        # ('«Il faut agir», the mayor said', "'It is over', he said")
        ending = inner_end(text, q)
        gap = text[q.close : lo]
        if broken_off(gap, cand):
            return False  # '"...?"' closing its line: not the words of a cue below with a clause of its own
        if gap[:1] in OPEN_ENDED and ending[-1:] not in "." and _opens_sentence(text, q.open):
            gap = gap[1:]  # not a title or a word quoted inside a sentence ('With the help of "X", the actor')
        elif not (ending and ending[-1] in OPEN_ENDED):
            return False
        return _QUOTE_BEFORE_CUE.fullmatch(gap) is not None
    if q.open >= hi:
        gap = text[hi : q.open]
        if _QUOTE_AFTER_CUE.fullmatch(gap):
            return not phrase_below(text, cand, gap, q)  # (not a title opening the paragraph below)
        # 'said Tuesday, "..."', 'told reporters: "..."' for a cue still without content, and
        # the second half of a quote split around its cue ('"A," she said on Monday, "B."')
        split = bool(cand.contents) and cand.contents[0][1] <= _cue(cand)[0] and cand.quoted
        return ((not cand.contents or split) and len(gap) <= 80 and not any(ch in gap for ch in ".!?\"\u201c\u201d")
                and (gap.rstrip()[-1:] in (",", ":") or _spaced_dash(gap)))
    return False


def _spaced_dash(gap: str) -> bool:
    """Whether the words between a cue and a quotation end in a dash set off by spaces, which stands for
    the colon ('put it bluntly - "X"', 'replied – "Y"'); not a hyphen inside a word."""
    stripped = gap.rstrip()
    return stripped[-1:] in ("-", "–", "—") and stripped[-2:-1] in (" ", "-") and gap != stripped


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only a sentence's end, a colon or a line break stands before ``start``."""
    before = text[max(0, start - 200) : start]
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ".!?:" or "\n" in before[len(stripped) :]


_CLOSING_CHARS = "".join(sorted(set("".join(CLOSING_MARKS))))


def inner_end(text: str, q: Quote) -> str:
    """The quotation's words up to its last punctuation, past the closing marks of a
    quotation inside it ('"She asked, 'What can I do?'" Lee said.' ends with '?')."""
    return text[q.start : q.end].rstrip().rstrip(_CLOSING_CHARS)


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019.-]*[ \t]){0,4}[A-Z][\w'\u2019.-]*)[ \t]*([-\u2013\u2014:])[ \t]*$")


#: a quotation's own attribution: its cue, its source and the rule's confidence
Signed = tuple[tuple[int, int], tuple[int, int], float]


def _name_before(text: str, q: Quote) -> Signed | None:
    """'President Jane Doe - "..."' / 'Doe: "..."' at the start of a line."""
    line_start = text.rfind("\n", 0, q.open) + 1
    if q.open - line_start > 60:
        return None
    m = _NAME_BEFORE.fullmatch(text, line_start, q.open)
    if not m or label_text(m.group(1), word_set("attribution/line_labels")):
        return None  # not 'Review: "Copper Sky" is a triumph', a label
    if m.group(2) != ":" and m.group(1).isupper():
        return None  # 'FAREWELL—"The old diner closes," by X': a newsletter's kicker in capitals before a dash, no speaker
    return (m.start(2), m.end(2)), trim(text, m.start(1), m.end(1)), 0.6


def _dash_source(text: str, q: Quote) -> Signed | None:
    if not q.closed:
        return None
    m = _DASH_NAME.match(text, q.close)
    if not m:  # ('- harbour master Colm Ruddock', '— a survivor of the fire, 81'; or on the line below, ``signed_blocks``)
        return dash_signer(text, q) or signed_below(text, q, _DASH_NAME)
    dash = text.index(next(ch for ch in text[q.close : m.start(1)] if ch in "-\u2013\u2014"), q.close)
    return (dash, dash + 1), trim(text, m.start(1), m.end(1)), 0.6
