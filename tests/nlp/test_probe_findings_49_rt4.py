"""Red-team of the forty-ninth session's leftovers (helper rt4). A condition set off between a cue and
its 'that' stays in the content ('warned, if X, that Y': ``set_off_clauses``), while a time or a
circumstance there is cut; a bare adjective or participle set off between a speaker and the cue is the
speaker's state, not part of the source ('the chairman, clearly angry, said': ``set_off_states``); the
session's other rules are held on near misses of their own (a weekday after a role, a participle aside,
a talk's occasion, quotations run on over paragraphs in one kind of mark). Every sentence is written
for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records


def test_a_set_off_condition_before_the_that_stays_in_the_content(nlp):
    (record,) = records(nlp, "He warned, if the rain continued, that the river would flood.", "warned")
    assert contents(record)[0].startswith("if the rain continued")


@pytest.mark.parametrize("text, cue, source, content", [
    ("The chief executive told shareholders, as the share price fell, that the worst was over.", "told",
     "The chief executive", "the worst was over"),
    ("The general said, although the fighting continued, that the city was secure.", "said", "The general",
     "the city was secure"),
])
def test_a_set_off_circumstance_before_the_that_is_cut(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text, cue, source, content", [
    ('"The vote is final," the chairman, clearly angry, said.', "said", "the chairman", "The vote is final"),
    ('"It is over," the coach, exhausted, said after the match.', "said", "the coach", "It is over"),
    ('"Not now," the sergeant, laughing, replied.', "replied", "the sergeant", "Not now"),
    ('"I am innocent," the defendant, visibly nervous, insisted.', "insisted", "the defendant", "I am innocent"),
    ('"We\'re done," the striker, visibly upset, told reporters.', "told", "the striker", "We're done"),
])
def test_a_bare_state_set_off_before_the_cue_is_no_part_of_the_source(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text, cue, source, content", [
    ("The minister, responsible for schools, said the exams would go ahead.", "said",
     "The minister, responsible for schools", "the exams would go ahead"),
    ('"We need more beds," the nurse, 54, said.', "said", "the nurse, 54", "We need more beds"),
])
def test_a_set_off_phrase_with_words_of_its_own_stays_in_the_source(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text, cue, source, content", [
    ('"Stop," the officer, pointing out that the road was closed, said.', "pointing out", "the officer",
     "the road was closed"),
    ("The minister, citing new figures, said unemployment had fallen.", "said", "The minister",
     "unemployment had fallen"),
])
def test_a_participle_aside_with_its_own_report_stays_a_cue(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


def test_a_weekday_near_miss_adds_no_report(nlp):
    assert [r for r in records(nlp, "The president Tuesday signed the bill into law.") if r.cue is not None] == []
    ok, listed = found_report(records(nlp, "The Sunday Times said the minister had resigned."), "said",
                              "The Sunday Times", "the minister had resigned")
    assert ok, listed


def test_a_talks_occasion_is_cut_and_a_places_happening_stays(nlp):
    ok, listed = found_report(records(nlp, "The coach described the injury at a news conference."), "described",
                              "The coach", "the injury")
    assert ok, listed
    ok, listed = found_report(records(nlp, "The minister condemned the riot at the stadium."), "condemned",
                              "The minister", "the riot at the stadium")
    assert ok, listed


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019")])
def test_a_quotation_run_on_in_one_mark_keeps_its_cue(nlp, opening, closing):
    o, c = opening, closing
    text = (f"{o}The bridge will reopen in May,{c} the engineer said. {o}We found no further damage.\n\n"
            f"{o}Traffic will be limited to cars at first.{c}\n\nLorries will be diverted.")
    (record,) = records(nlp, text, "said")
    assert [x.strip(".") for x in contents(record)] == ["The bridge will reopen in May", "We found no further damage",
                                                        "Traffic will be limited to cars at first"]


def test_an_excerpt_in_straight_marks_is_not_the_curly_quotations(nlp):
    text = ('The letter was read aloud in court.\n\n"I never meant to hurt anyone. I am sorry."\n\n'
            "\u201cThat letter was written by his lawyer,\u201d the prosecutor said.")
    (record,) = records(nlp, text, "said")
    assert contents(record) == ["That letter was written by his lawyer"]
