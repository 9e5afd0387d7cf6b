"""Findings of the fifty-second pass (helper perfs): the build's work outside the attribution
extractor cut with its outputs unchanged. ``sourcebook_lines`` joins the text once from the
words' arrays and writes the sentence starts it decides in one ``Doc.from_array`` (each
``Token.is_sent_start`` set read every token of the unparsed Doc first); ingest counts a
sample's control characters and letters without a Python step per character and skips the CJK
count when no character of those blocks is there. Each new way is checked against the old one
it replaces, written out here; every text is written for the test."""

from __future__ import annotations

import pytest
from spacy.attrs import SENT_START

from sourcebook.errors import InputError
from sourcebook.ingest.decode import _CONTROL, decode_bytes
from sourcebook.ingest.language import MIN_LETTERS, detect_language
from sourcebook.ingest.marks import _CJK_BLOCKS, _written_in_cjk
from sourcebook.nlp.components import lines

LINES = [
    "She left the depot at 2 a.m. Her neighbour heard the van.",
    "The shift ends at 9 p.m. Monday and starts again at 6 a.m. local time, the union said.",
    "Talks resume at 7 p.m. Lisbon time, officials said.",
    "MERIDIAN CITY — The council cut bus fares by a third, its chair said.",
    "HARBOURTON (Wire) - Shares in Dellacroix Freight fell sharply.",
    "Ferry strike strands 300 travellers\n\nThe union said 40 crew members walked out.",
    "The river fell overnight, and the water board said\nit would reopen the roads.",
    "She moved to Washington, D.C. The agency said it would hire her.\nDr. Lee said the tests\nwere clean.",
    "The unit is known as GWS-R. The agency said it was new.",
    "MS. KOVAC: Good afternoon.\nMR. ADEYEMI: Thank you, chair.",
    "no break, no stop, no time here",
    "",
]


def _old_text_and_starts(nlp, text):
    """The component as it was: ``Doc.text`` and ``Token.is_sent_start`` one word at a time."""
    doc = nlp.make_doc(text)
    starts = lines._Starts(doc)
    if ".m." in doc.text:
        lines._after_times(doc, starts)
    lines._after_kept_stops(doc, starts, doc.text)
    lines._after_datelines(doc, starts, doc.text)
    if "\n" in doc.text:
        lines._after_breaks(doc, starts, doc.text)
    for i, start in starts._marks.items():
        doc[i].is_sent_start = start
    return doc.text, doc.to_array([SENT_START]).tolist()


@pytest.mark.parametrize("text", LINES)
def test_the_line_starts_are_those_the_token_setter_gave(nlp, text):
    doc = nlp.get_pipe("sourcebook_lines")(nlp.make_doc(text))
    old_text, old_starts = _old_text_and_starts(nlp, text)
    assert lines.text_of(doc) == doc.text == old_text
    assert doc.to_array([SENT_START]).tolist() == old_starts


def test_the_starts_the_rules_decide_are_set(nlp):
    doc = nlp.get_pipe("sourcebook_lines")(nlp.make_doc(LINES[0]))
    after = next(t for t in doc if t.text == "Her")
    assert after.is_sent_start is True
    doc = nlp.get_pipe("sourcebook_lines")(nlp.make_doc(LINES[1]))
    assert next(t for t in doc if t.text == "Monday").is_sent_start is not True  # part of the time
    assert next(t for t in doc if t.text == "local").is_sent_start is False
    doc = nlp.get_pipe("sourcebook_lines")(nlp.make_doc(LINES[2]))
    assert next(t for t in doc if t.text == "Lisbon").is_sent_start is False  # 'Lisbon time'


def test_a_parsed_doc_still_refuses_new_starts(nlp):
    doc = nlp("Ferry strike strands 300 travellers\n\nThe union said 40 crew members walked out.")
    with pytest.raises(ValueError):
        nlp.get_pipe("sourcebook_lines")(doc)


def test_whole_sentences_at_breaks_and_datelines(nlp):
    sents = [s.text.strip() for s in nlp(LINES[3] + "\n\n" + LINES[5]).sents]
    assert "The council cut bus fares by a third, its chair said." in sents
    assert "Ferry strike strands 300 travellers" in sents


SAMPLES = [
    "", "plain text", "tab\tand\nlines\x0c", "bin\x00ary\x01\x02\x03", "a" * 50 + "\x07" + "b" * 40,
    "x\x01" * 10, "\x1b[0m colour codes \x1b[1m", "\u00e9t\u00e9 \u201cquoted\u201d \u3010bracket\u3011",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_the_control_share_is_the_per_character_count(sample):
    old = bool(sample) and sum(ch in _CONTROL for ch in sample) / len(sample) > 0.01
    if old:
        with pytest.raises(InputError):
            decode_bytes(sample.encode(), "sample")
    else:
        assert decode_bytes(sample.encode(), "sample") == sample


@pytest.mark.parametrize("text", [
    "", "Short.", "a1 " * 30, "word " * 7 + "ab", "word " * 8, "Obama said.", "12345 " * 100 + "letters" * 6,
])
def test_too_few_letters_is_the_full_count(text):
    too_few = sum(ch.isalpha() for ch in text[:5000]) < MIN_LETTERS
    assert (detect_language(text) is None) == too_few


def _old_cjk(text):
    letters = [ord(c) for c in text[:2000] if c.isalpha()]
    cjk = sum(1 for code in letters if any(low <= code <= high for low, high in _CJK_BLOCKS))
    return cjk * 2 > len(letters)


@pytest.mark.parametrize("text", [
    "", "An English report on the harbour fees.", "The shop \u300cBlue Kettle\u300d opened.",
    "\u6e2f\u306e\u6599\u91d1\u304c\u4e0a\u304c\u3063\u305f\u3002 fees", "\uff02wide\uff02 marks only",
    "emoji \U0001f600 but English", "\u3000", "\ud55c\uad6d\uc5b4 \ubcf4\ub3c4",
])
def test_the_cjk_test_is_the_letter_count(text):
    assert _written_in_cjk(text) == _old_cjk(text)
