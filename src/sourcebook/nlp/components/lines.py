"""Sentence starts at line breaks, set before the parser runs.

A news page's headline, standfirst, list items and paragraphs are lines. spaCy's parser reads a
headline with no full stop and the paragraph under it as one sentence ("Shelters fill as
families wait\\n\\nAround 600 people spent the night ..."), and every rule that works within a
sentence then reads across the break. A blank line always starts a sentence; a single line
break does when the line before ends a sentence (".", "?", a closing quote) or the next line
opens like one (a capital, a digit, a quote mark or a bullet) after a line that does not run
on (a comma or a hyphen at its end): hard-wrapped prose keeps its sentences.

A line's second word never opens a sentence (the parser split 'Rangemoor | United's signing of
...' after a paragraph's first name), nor the word after a line's opening quotation mark (it made an
NYT paragraph's opening ``''``, which the tagger reads as a closing mark, a sentence of its own). Only
the few tokens after a break are touched, found from the text, not by walking tokens.

A time's 'a.m.' or 'p.m.' keeps its stop as one token, and the parser runs the next sentence on
('She left at 2 a.m. Her neighbour said ...'): a capitalised word after it opens a sentence,
unless it belongs to the time (a weekday, a month, a time zone: 'at 9 a.m. Monday', 'p.m. EST',
'p.m. Beijing time'); a lower-case word after it never opens one ('3:14 a.m. local time, officials said').

A wire dateline's dash ends its words: the word after it opens the story's sentence ('NEW YORK
— The drug cut deaths by a third, the company said', which the parser hung on 'YORK').

So with any word kept with its stop (a place's abbreviation, a designator's letter: 'in
Washington, D.C." Its president said ...', 'known as GWS-R. The agency said ...'): a word of
``sentence_openers.txt`` after it, capitalised, opens a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, cast

from spacy.attrs import IDX, LOWER, ORTH, SENT_START, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..attribution.candidate import DATELINE
from ..lexicon import entries, table, word_set
from .labelled_lines import within_labels
from .name_joins import within_names

_BREAK = re.compile(r"\n[^\S\n]*(\n\s*)?")
_ENDS_SENTENCE = ".!?:;\"'\u201d\u2019)]"
_RUNS_ON = ",-\u2013\u2014("
_OPENS = "\"'\u201c\u2018\u2022*-\u2013\u2014(["
_TIME_STOPS = frozenset(["a.m.", "p.m."])
_TIME_STOP_IDS = frozenset(get_string_id(stop) for stop in _TIME_STOPS)  # as the LOWER column holds them
#: -1 (not a sentence start) as ``Doc.to_array``'s unsigned column holds it and ``from_array`` reads it back
_NOT_START = 2**64 - 1
_CALENDAR = table("calendar")
#: capitalised words that go on a time: its day, month or zone ('9 a.m. Eastern time')
_OF_TIME = frozenset([*entries(_CALENDAR["months"]), *entries(_CALENDAR["weekdays"]),
                      "eastern", "central", "mountain", "pacific", "atlantic", "greenwich", "local"])
#: a stop, a closing quote or none, and the capitalised word after them ('D.C." Its', 'GWS-R. The')
_AFTER_STOP = re.compile(r"\.[\"'\u201d\u2019]?[^\S\n]+([A-Z][a-z]*)\b")
_OPENERS = word_set("sentence_openers")
_PARAGRAPH = re.compile(r"(?:^|\n)[^\S\n]*")
#: a dateline's dash set off by a space or its bracket before it and a space after ('LONDON - ')
_SET_OFF = re.compile(r"[\s)][-\u2013\u2014]+ $")


class LineBreaks:
    """The ``sourcebook_lines`` component."""

    version = "sourcebook.lines.v1"

    def __init__(self, name: str = "sourcebook_lines") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)  # once: the rules below only set sentence starts, which keep the text
        starts = _Starts(doc)
        if ".m." in text:
            _after_times(doc, starts)
        _after_kept_stops(doc, starts, text)
        _after_datelines(doc, starts, text)
        if "):" in text:
            within_labels(starts, text)  # ('SEN. ANA RUIZ (D-Ohio): X': one label, ``labelled_lines``)
        within_names(starts, text)  # ('Harlow & Pike', 'Ben S. Bernanke', 'Sen. Ted Cruz': ``name_joins``)
        if "\n" in text:
            _after_breaks(doc, starts, text)
        starts.apply()
        return doc


def _after_breaks(doc: Doc, starts: _Starts, text: str) -> None:
    """A line after a break that ends a sentence, or that opens like one, opens a sentence."""
    for match in _BREAK.finditer(text):
        after = match.end()
        if after >= len(text) or not starts_sentence(text, match.start(), after, bool(match.group(1))):
            continue
        i = starts.word_at(after)
        if i is not None:
            starts.mark(i, True)
            # nor does the line's second word open one ('Rangemoor | United's signing ...',
            # which the parser split after the first name)
            # nor after a title's or a name's abbreviation that kept its stop ('MS. | KOVAC: Good
            # afternoon.', 'Dr. | Lee said X', a transcript's turn or a paragraph the parser split)
            if i + 1 < len(doc) and (_word(doc[i]) or _opening_mark(doc[i])) and (
                    "\n" not in doc[i].whitespace_ and _word(doc[i + 1])):
                starts.mark(i + 1, False)


#: quotation marks that open a line's quotation (an NYT ``''`` read as a closing mark by the tagger)
_OPENING_MARKS = frozenset(["''", '"', "``", "\u201c"])


def _opening_mark(word: Token) -> bool:
    """A quotation mark touching the word after it: the parser made a paragraph's opening ``''`` a
    sentence of its own ("'' | That was a good speech,'' Ann Lee told him"), which cut the
    quotation off from its cue."""
    return word.text in _OPENING_MARKS and not word.whitespace_


def text_of(doc: Doc) -> str:
    """``doc.text`` joined from the words' forms and the spaces after them (``Doc.text`` makes a
    Token of every word). Not ``attribution.tables.text_of``: that one keeps the words' tags,
    which the parser has not set yet when this component runs."""
    strings = doc.vocab.strings
    array = doc.to_array([ORTH, SPACY]).tolist()
    return "".join([strings[orth] + " " if space else strings[orth] for orth, space in array])


def _word(word: Token) -> bool:
    """A word of letters, or one with its stop kept ('Texas | Sen. Ted Cruz', 'U.S. | District Judge')."""
    return word.is_alpha or _abbreviated(word.text)


def _abbreviated(word: str) -> bool:
    """A word the tokenizer kept with its stop: a title's or a name's abbreviation ('MS.', 'Dr.', 'U.S.')."""
    return 1 < len(word) <= 5 and word.endswith(".") and word.replace(".", "").isalpha()


def _after_times(doc: Doc, starts: _Starts) -> None:
    """A capitalised word after 'a.m.' or 'p.m.' opens a sentence unless it is part of the time."""
    # the stops found in the words' lower-case column: a Token only for a stop and its next word
    for i, lower in enumerate(doc.to_array(LOWER)[:-1].tolist()):
        if lower in _TIME_STOP_IDS:
            word = doc[i + 1]
            if word.text[:1].islower():
                # nor does a lower-case word, which the parser would start one with ('struck at 3:14 a.m. local
                # time, the survey said', where the report lost all but 'local time')
                starts.mark(word.i, False)
            elif word.text[:1].isupper() and word.lower_ not in _OF_TIME and not (len(word) > 1 and word.is_upper):
                # a place before 'time' is the time's, where the parser would start a sentence
                # ('at 7:52 p.m. Beijing time, according to ...')
                starts.mark(word.i, not any(t.lower_ == "time" for t in doc[word.i + 1 : word.i + 3]))


class _Starts:
    """The tokens' character offsets, read once per doc and only when first needed; and the
    sentence starts the rules set, written at once by ``apply``: ``Token.is_sent_start``'s
    setter first asks ``Doc.has_annotation("DEP")``, which before the parser reads every token,
    so setting starts one by one cost a pass over the article each (some 40% of the component's
    time on PolNeAR dev). No rule reads a start another set, and the last mark of a word wins, as it did."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._offsets: list[int] | None = None
        self._marks: dict[int, bool] = {}

    def mark(self, i: int, start: bool) -> None:
        """Word ``i`` opens a sentence (True) or does not (False)."""
        self._marks[i] = start

    def apply(self) -> None:
        """Set the marked words' sentence starts, as ``Token.is_sent_start`` would (1 or -1)."""
        if not self._marks:
            return
        doc = self.doc
        if doc.has_annotation("DEP"):  # the setter's own refusal (a parsed doc), once
            doc[next(iter(self._marks))].is_sent_start = True
        column = doc.to_array([SENT_START])
        for i, start in self._marks.items():
            column[i] = 1 if start else _NOT_START
        doc.from_array([SENT_START], cast(Any, column))

    @property
    def offsets(self) -> list[int]:
        if self._offsets is None:
            self._offsets = self.doc.to_array(IDX).tolist()  # token offsets, no Token objects
        return self._offsets

    def word_at(self, offset: int) -> int | None:
        """The index of the token that starts at ``offset`` (not the first, not a space), or None."""
        i = bisect_left(self.offsets, offset)
        return i if 0 < i < len(self.doc) and self.offsets[i] == offset and not self.doc[i].is_space else None


def _after_datelines(doc: Doc, starts: _Starts, text: str) -> None:
    """The word after a dash set off by spaces that ends a wire dateline opening a paragraph
    ('NEW YORK — The drug ...', 'SAN FRANCISCO (Reuters) - Shares ...') opens a sentence; not
    the capitals of a headline's compound ('US-China talks')."""
    for line in _PARAGRAPH.finditer(text):
        m = DATELINE.match(text, line.end())
        if m is None or m.end() >= len(text) or _SET_OFF.search(m.group(0)) is None:
            continue
        i = starts.word_at(m.end())
        if i is not None:
            starts.mark(i, True)
            # nor does its second word open one ('TOKYO, Aug 7 - Okuda | Metals is in talks', split after the first
            # name; 'JACKSON, Miss. - U.S. | District Judge Ann Reeves')
            if i + 1 < len(doc) and _word(doc[i]) and "\n" not in doc[i].whitespace_ and _word(doc[i + 1]):
                starts.mark(i + 1, False)


def _after_kept_stops(doc: Doc, starts: _Starts, text: str) -> None:
    """A sentence opener after a word that kept its stop, or after it and a closing quote, starts
    a sentence ('Washington, D.C." Its president said', 'known as GWS-R. The agency said')."""
    for match in _AFTER_STOP.finditer(text):
        if match.group(1).lower() not in _OPENERS:
            continue
        i = starts.word_at(match.start(1))
        stop = bisect_left(starts.offsets, match.start() + 1) - 1  # the token whose last character is the stop
        if i is not None and stop >= 0 and len(doc[stop]) > 1 and doc[stop].text.endswith("."):
            starts.mark(i, True)


def starts_sentence(text: str, brk: int, after: int, blank: bool) -> bool:
    """Whether the line at ``after`` opens a sentence, the break at ``brk`` (``blank``: an
    empty line between)."""
    if blank:
        return True
    i = brk - 1
    while i >= 0 and text[i].isspace():  # the last character before the break (no copy of the text)
        i -= 1
    if i < 0:
        return False
    last = text[i]
    if last in _ENDS_SENTENCE:
        return True
    first = text[after]
    return last not in _RUNS_ON and (first.isupper() or first.isdigit() or first in _OPENS)
