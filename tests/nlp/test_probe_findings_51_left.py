"""Patterns of the fifty-first session (helper left): leftovers seen in written text. A quotation
closing its sentence and the next sentence naming it with 'That was the message from X' or opening
with 'So said X' (``summed_quotes``), also across a paragraph break; soft hyphens, non-breaking
hyphens, CJK corner brackets and fullwidth marks in an English article, made plain at ingest
(``ingest.marks``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top

from sourcebook.ingest.articles import make_article
from sourcebook.ingest.marks import plain_marks
from sourcebook.model import Origin
from sourcebook.settings import Settings


@pytest.mark.parametrize("text, cue, source, content", [
    ('"We are staying put."\n\nThat was the message from the tenants\' leader, Ines Varga, on Monday.',
     "was the message", "the tenants' leader, Ines Varga", "We are staying put"),
    ('"The levee will hold." That was the promise from the county engineer.',
     "was the promise", "the county engineer", "The levee will hold"),
    ('"Fares will rise again in spring."\n\nThis is the warning from the transit authority\'s finance chief.',
     "is the warning", "the transit authority's finance chief", "Fares will rise again in spring"),
    ('"Not guilty."\n\nThat was the verdict from the jury.', "was the verdict", "the jury", "Not guilty"),
    ('"We will reopen the pool by June."\n\nSo said the parks director.', "said", "the parks director",
     "We will reopen the pool by June"),
    ('"The ferry is safe." So says the harbour master, at least.', "says", "the harbour master", "The ferry is safe"),
    ("\u2018We are staying put.\u2019\n\nThat was the message from the tenants' leader.",
     "was the message", "the tenants' leader", "We are staying put"),
])
def test_a_quotation_named_by_the_sentence_after_it_is_the_named_ones(nlp, text, cue, source, content):
    ok, listed = found_report(top(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    '"We are staying put."\n\nThat was the message.',  # (no one it came from)
    '"We are staying put."\n\nThat was the view from the bridge.',  # (a place, no one)
    "The council met at noon. That was the message from the hall.",  # (no quotation before)
    "The plan failed. So said the mayor.",  # (no quotation for 'So' to stand for)
    '"We are staying put." So said, the crowd went home.',  # ('So said' with no subject)
    'She called it "staying put." That was the message from the landlord.',  # (words inside her report)
])
def test_no_quotation_is_given_to_a_sentence_that_names_no_one_or_follows_none(nlp, text):
    assert not [r for r in top(nlp, text) if r.cue is not None and r.cue.text in ("was the message", "said")
                and r.contents and "staying put" in r.contents[0].text]
    assert not [r for r in top(nlp, text) if r.cue is not None and "message" in r.cue.text]


def test_so_before_the_subject_opens_its_own_report(nlp):
    ok, listed = found_report(top(nlp, '"We are staying put." So the mayor said she would stay.'),
                              "said", "the mayor", "she would stay")
    assert ok, listed


def _article(text: str, language: str = "en") -> str:
    found = make_article(text, "probe", Origin(path="probe.txt"), Settings(min_words=0, language=language))
    return found.text


@pytest.mark.parametrize("written, plain", [
    ("The minister an\u00adnounced that the levy would rise.", "The minister announced that the levy would rise."),
    ("Lena Hart\u2011Moss said the count was wrong.", "Lena Hart-Moss said the count was wrong."),
    ("\u300cWe will not give up,\u300d said the activist.", "\u201cWe will not give up,\u201d said the activist."),
    ("The banner read \uff02Stop the mine\uff02 in red.", 'The banner read "Stop the mine" in red.'),
    ("\u300eReform now\u300f was the slogan.", "\u2018Reform now\u2019 was the slogan."),
])
def test_marks_no_reader_of_english_sees_are_made_plain(written, plain):
    assert plain_marks(written, "en") == plain


def test_a_cjk_article_keeps_its_own_punctuation():
    written = "\u300c\u5927\u4e08\u592b\u300d\uff0c\u5979\u8bf4\u3002"
    assert plain_marks(written, "zh") == written
    assert plain_marks("a\u00adb", "ja") == "ab"  # (a soft hyphen is invisible in any language)


@pytest.mark.parametrize("written, cue, source, content", [
    ("The transport minister an\u00adnounced on Friday that the tolls would be scrapped.",
     "announced", "The transport minister", "the tolls would be scrapped"),
    ("The spokes\u00adwoman con\u00adfirmed that the depot would close next month.",
     "confirmed", "The spokeswoman", "the depot would close next month"),
    ("\u300cWe will not give up,\u300d said the activist Mei Lin on Sunday.",
     "said", "the activist Mei Lin", "We will not give up"),
    ("\uff02We have no money left\uff0c\uff02 the club treasurer said on Tuesday\uff0e",
     "said", "the club treasurer", "We have no money left"),
    ("Lena Hart\u2011Moss, the union's vice\u2011president, said the ballot had been rigged.",
     "said", "Lena Hart-Moss, the union's vice-president", "the ballot had been rigged"),
])
def test_an_ingested_article_with_such_marks_is_read_as_without_them(nlp, written, cue, source, content):
    ok, listed = found_report(top(nlp, _article(written)), cue, source, content)
    assert ok, listed
