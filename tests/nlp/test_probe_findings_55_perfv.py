"""The fifty-fifth session's speed pass on the verb cues: the first word at or past an offset found by
the words' offsets (``tables.starts_of``) instead of a walk that made a Token of every word before it
(a colon or a reason right after a content: ``colon_tails``, ``stated_reasons``), and a set-off
participle closing a content looked for only among the words the tables tag VBG and hang as 'advcl'
(``set_off_acts``). The records must not change: the reports and non-reports below are found as
before. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top

from sourcebook.nlp.attribution.tables import starts_of


def test_the_words_offsets_are_their_own_and_rise(nlp):
    doc = nlp("A ranger warned: the path is steep.\n\nHikers agreed.")
    assert starts_of(doc) == [t.idx for t in doc]
    assert starts_of(doc) == sorted(set(starts_of(doc)))
    assert starts_of(doc) is starts_of(doc)  # (read once per Doc)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The ranger said the trail has one problem: it floods every spring.", "said", "The ranger",
     "the trail has one problem: it floods every spring"),
    ("The ferry operator said on Tuesday that crossings would resume next week.", "said", "The ferry operator",
     "crossings would resume next week"),
    ("Residents of the estate believe the tower is unsafe.", "believe", "Residents of the estate",
     "the tower is unsafe"),
])
def test_verb_cues_still_report(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_content_still_ends_before_a_set_off_participle_after_its_quotation(nlp):
    found = top(nlp, 'The mayor said the report was "a distortion," describing it as a smear.')
    assert any(r.cue is not None and r.cue.text == "said" and r.contents and r.contents[-1].text.rstrip('",')
               .endswith("a distortion") for r in found), [(r.cue, r.contents) for r in found]


@pytest.mark.parametrize(("text", "cue"), [
    ("She ripped up the old fence behind the barn.", "ripped"),
    ("A trader who asked not to be named sold the shares.", "asked"),
])
def test_near_misses_still_report_nothing(nlp, text, cue):
    assert not records(nlp, text, cue)
