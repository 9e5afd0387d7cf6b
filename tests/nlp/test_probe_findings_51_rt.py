"""Patterns of the fifty-first session (helper rt): a red-team read of the changes merged the hour before.
A capitalised 'keeping' noun after 'according to' is a name that speaks ('according to The Age'); a
conjunct after a clause verb of its own form goes on with what was said whatever the subject's tag ('says
the data shows X and proves Y'); a participle with its particle before the present verb ('Surveys
carried out in June show X'); a short CJK article the language detector was unsure of keeps its own
marks (``ingest.marks``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top

from sourcebook.ingest.marks import plain_marks


@pytest.mark.parametrize("text, source, content", [
    ("The bridge had been closed for a week, according to The Age.", "The Age",
     "The bridge had been closed for a week"),
    ("One in five pensioners skips meals to pay for heating, according to Age UK.", "Age UK",
     "One in five pensioners skips meals to pay for heating"),
    ("The ward's nurses were overworked, according to Conscience, a patients' group.",
     "Conscience, a patients' group", "The ward's nurses were overworked"),
])
def test_a_capitalised_keeping_noun_after_according_to_is_a_name(nlp, text, source, content):
    ok, listed = found_report(top(nlp, text), "according to", source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "According to his wishes, the estate was sold and the money given to the hospice.",
    "The soup is seasoned according to taste.",
    "The ministry's grants vary, according to age and income, from one region to the next.",
])
def test_a_lower_case_keeping_noun_is_still_no_source(nlp, text):
    assert not [r for r in top(nlp, text) if r.cue is not None and r.cue.text.lower() == "according to"]


@pytest.mark.parametrize("text, content", [
    ("The minister says the data shows prices rising and proves the policy works.",
     "the data shows prices rising and proves the policy works"),
    ("The author says the media ignores the story and treats the victims badly.",
     "the media ignores the story and treats the victims badly"),
    ("The mayor says the city needs money and needs it now.", "the city needs money and needs it now"),
])
def test_a_conjunct_of_the_clause_verbs_own_form_goes_on_with_the_content(nlp, text, content):
    ok, listed = found_report(top(nlp, text), "says", text.split(" says")[0], content)
    assert ok, listed


@pytest.mark.parametrize("text, source, content", [
    ("The coach says the players train hard and deserves more credit for it.", "The coach", "the players train hard"),
    ("The report says farmers need more help but offers no figures.", "The report", "farmers need more help"),
])
def test_a_conjunct_agreeing_with_the_reporter_alone_still_ends_the_content(nlp, text, source, content):
    ok, listed = found_report(top(nlp, text), "says", source, content)
    assert ok, listed


def test_a_participle_with_its_particle_before_the_present_verb(nlp):
    ok, listed = found_report(top(nlp, "Surveys carried out in June show most voters want a change."),
                              "show", "Surveys carried out in June", "most voters want a change")
    assert ok, listed


def test_a_past_verb_with_a_particle_and_an_object_is_no_participle(nlp):
    found = top(nlp, "Engineers carried out checks that show the dam is safe.")
    assert not [r for r in found if r.source is not None and r.source.text.startswith("Engineers")]


@pytest.mark.parametrize("written", [
    "\u9996\u76f8\u306f\u300c\u5897\u7a0e\u306f\u3057\u306a\u3044\u300d\u3068\u8ff0\u3079\u305f\u3002",
    "\u5e02\u9577\u8bf4\uff1a\u300c\u6211\u4eec\u4e0d\u4f1a\u653e\u5f03\u3002\u300d",
])
def test_a_text_written_in_cjk_keeps_its_marks_whatever_its_label(written):
    assert plain_marks(written, "en") == written


def test_an_english_text_quoting_a_cjk_name_is_made_plain():
    written = "The shop \u300c\u5c71\u7530\u300d closed, the owner said\uff0e"
    assert plain_marks(written, "en") == "The shop \u201c\u5c71\u7530\u201d closed, the owner said."
