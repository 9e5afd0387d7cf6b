"""Missing cues found in the thirty-third session (the judges of the written sets on courts,
securities, labour, media): a court's 'held that X', a clause the parser hung on the phrase
after a cue ('said at a briefing that X'), a pronoun a denial takes for the statement it
denies, 'described X as' a gerund, what one calls a thing inside another's report, and a
decision's finding. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- 'held that X'


@pytest.mark.parametrize("text, cue, source, content", [
    ("The court held that the jury heard flawed testimony.", "held", "The court", "the jury heard flawed testimony"),
    ("The Supreme Court held Thursday that the law was unconstitutional.", "held", "The Supreme Court",
     "the law was unconstitutional"),
    ("The justices held that the statute applied.", "held", "The justices", "the statute applied"),
    ("The court threw out the verdict, holding that the testimony was flawed.", "holding", "The court",
     "the testimony was flawed"),
    ("The appeals court has long held that such searches require a warrant.", "has long held", "The appeals court",
     "such searches require a warrant"),
])
def test_held_that_is_a_courts_holding(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert [(a.source.text, contents(a)) for a in found] == [(source, [content])]


@pytest.mark.parametrize("text", [
    "The union held a meeting on Tuesday.",
    "Police held him for questioning overnight.",
    "The party held the seat, holding off a late challenge.",
    "Shares held steady after the results.",
])
def test_held_with_no_clause_holds_nothing(nlp, text):
    assert [a.cue.text for a in records(nlp, text) if a.cue is not None and "hel" in a.cue.text] == []


# ---------------------------------------------------------------- a clause hung on the phrase after the cue


@pytest.mark.parametrize("text, cue, content", [
    ("Jerome Achebe said at a briefing that the debris came from a Russian satellite.", "said",
     "the debris came from a Russian satellite"),
    ("The chief said at a hearing that officers acted within the rules.", "said", "officers acted within the rules"),
    ("A former sales executive at Quorvane Semiconductor alleges in a lawsuit filed Friday that she was fired for "
     "raising concerns.", "alleges", "she was fired for raising concerns"),
])
def test_a_clause_hung_on_the_phrase_after_a_cue_is_its_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text", [
    '"We are ready," Achebe said at a briefing that she attended on Monday.',
    '"We are ready," Achebe said at a briefing that was broadcast live.',
])
def test_a_quotation_still_completes_a_cue_before_a_relative_clause(nlp, text):
    assert [contents(a) for a in records(nlp, text, "said")] == [["We are ready"]]


def test_a_clause_found_in_the_phrase_is_not_a_report_of_its_own(nlp):
    # the clause of 'claims' is the claims', not the senator's
    text = "The senator spoke in response to claims that he lied."
    assert records(nlp, text, "spoke") == []


# ---------------------------------------------------------------- a denial of 'this'


@pytest.mark.parametrize("text, cue, content", [
    ("The union said the offer had been withdrawn. The company denies this.", "denies", "this"),
    ("The union said the offer had been withdrawn. The company denies it.", "denies", "it"),
    ("The union said the offer had been withdrawn. The company denies the claim.", "denies", "the claim"),
])
def test_a_denial_of_a_pronoun_denies_the_statement(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue", [
    ("The mayor praised it.", "praised"),  # (not a verb that disputes a statement)
    ("The board thanked them.", "thanked"),
    ("The firm considered a tethered design but rejected it last spring.", "rejected"),  # a thing rejected
    ("The board approved the curriculum 5 to 2; it did not reject it.", "did not reject"),
])
def test_a_bare_pronoun_is_still_no_content(nlp, text, cue):
    assert records(nlp, text, cue) == []


# ---------------------------------------------------------------- 'described X as' a gerund


@pytest.mark.parametrize("text, content", [
    ("Several former staff members described Vance as demanding but fiercely protective of writers.",
     "Vance as demanding but fiercely protective of writers"),
    ("Colleagues described her as caring.", "her as caring"),
    ("Several former staff members described Vance as tough but fair.", "Vance as tough but fair"),
])
def test_described_as_a_gerund_is_a_description(nlp, text, content):
    found = [a for a in records(nlp, text) if a.cue is not None and a.cue.text.startswith("described")]
    assert [contents(a) for a in found] == [[content]]


@pytest.mark.parametrize("text", [
    "He was quoted as saying the plan was dead.",
    '"It is over," he was quoted as saying.',
])
def test_quoted_as_saying_stays_the_inner_verbs(nlp, text):
    assert [a.cue.text for a in records(nlp, text)] == ["saying"]


# ---------------------------------------------------------------- what one calls a thing, inside another's report


@pytest.mark.parametrize("text, outer, source, content", [
    ("Workers walked out, protesting what they described as dangerous heat.", "protesting", "they", "dangerous heat"),
    ("Pine Hollow cited what it described as internal Vexa documents.", "cited", "it", "internal Vexa documents"),
])
def test_what_one_describes_a_thing_as_is_a_record_inside_another(nlp, text, outer, source, content):
    assert [contents(a) for a in records(nlp, text, outer)] == [[text[text.index("what"):-1]]]
    assert [(a.source.text, contents(a)) for a in records(nlp, text, "described as")] == [(source, [content])]


def test_a_topic_inside_a_report_is_still_no_record(nlp):
    text = "She said she had asked about her team first."
    assert records(nlp, text, "had asked about") == [] and records(nlp, text, "asked about") == []


# ---------------------------------------------------------------- a decision's finding


@pytest.mark.parametrize("text, cue", [
    ("The decision found that the agency acted lawfully.", "found"),
    ("The decision concluded that the agency acted lawfully.", "concluded"),
    ("The opinion found that the agency acted lawfully.", "found"),
])
def test_a_decision_finds_as_an_opinion_does(nlp, text, cue):
    found = records(nlp, text, cue)
    assert [(a.source.text.split()[-1], contents(a)) for a in found] == [
        (text.split()[1], ["the agency acted lawfully"])]


def test_a_decision_that_finds_no_clause_finds_nothing(nlp):
    assert records(nlp, "The decision came after months of talks.") == []


@pytest.mark.parametrize("text, cue", [
    ("The alert is no blackout, the operator said, but it allows managers to call on emergency resources.", "to call on"),
    ("When she called the authority, she said, a representative told her she had a leak.", "called"),
])
def test_a_call_that_names_nothing_inside_a_report_is_still_no_record(nlp, text, cue):
    assert records(nlp, text, cue) == []


# ---------------------------------------------------------------- 'radioed', a verb of saying as 'texted' is


@pytest.mark.parametrize("text, content", [
    ('"We have a leak," the pilot radioed.', "We have a leak"),
    ("The pilot radioed that an engine had failed.", "an engine had failed"),
])
def test_radioed_reports_what_was_said(nlp, text, content):
    assert [(a.source.text.lower(), contents(a)) for a in records(nlp, text, "radioed")] == [("the pilot", [content])]


def test_radioed_to_someone_with_nothing_said_is_no_record(nlp):
    assert records(nlp, "The pilot radioed the tower and landed safely.") == []


def test_a_relative_clause_with_that_its_object_is_no_content(nlp):
    assert records(nlp, "She spoke at the meeting that the council held on Monday.") == []
