"""Red team of the fifty-fifth session on written text (helper rt): fourteen short articles in the registers
humanitarian and human-rights analysts read (``probe_articles_55``: a UN situation update, an NGO report, a
cholera wire story, a refugee camp, an earthquake, a ministry's casualty figures, a court ruling on detention, a
famine early warning, an aid convoy, a relief agency's press release, an interview through an interpreter, a
correction notice, a flood and a rights group's allegations with the government's denial).

What they showed wrong: an estimate put at a counted noun, 'put the toll at 87 deaths' (only 'at 87' was read as
one: ``findings.figure_at``); a reporting tail whose source is a document made public with its date and its maker,
'X, a report released on Tuesday by the rights group Y found.' (longer than a tail's source may be:
``reporting_tails``); an 'according to' clause the parser read as a relative on its subject's first words, 'The
magnitude 6.8 quake struck at dawn, according to X' (the content lost 'The magnitude': ``according_edges``); a
body's name whose last word the parser hung apart, 'the rights group Justice Now alleged' (``name_ends``); and a
belief passive with a state for its predicate, 'are feared dead' (no record: ``presumed_states``). Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_55 import ARTICLES, GOLD, NESTED, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, contents, found_report, nested_check, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_nested_reports = nested_check(ARTICLES, NESTED)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The health ministry put the toll at 87 deaths and 4,310 suspected cases.", "The health ministry",
     "the toll at 87 deaths and 4,310 suspected cases"),
    ("The agency puts the number of displaced at 52,000 people.", "The agency", "the number of displaced at 52,000 people"),
    ("Police put the death toll at 12.", "Police", "the death toll at 12"),
])
def test_an_estimate_put_at_a_counted_noun_reports(nlp, text, source, content):
    found, there = found_report(top(nlp, text), "put", source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "She put the kettle on at 9 o'clock.",
    "He put the book at number 10 on his list.",
    "The coach put his best player at number 10.",
    "The coach put the players at ease before the final.",
])
def test_a_thing_put_at_a_time_or_a_place_is_no_estimate(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Guards beat the prisoners every night, a report released on Tuesday by the rights group Open Cells found.", "found",
     "a report released on Tuesday by the rights group Open Cells", "Guards beat the prisoners every night"),
    ("Rents rose by a third, a survey published on Monday by the housing charity Shelterline showed.", "showed",
     "a survey published on Monday by the housing charity Shelterline", "Rents rose by a third"),
])
def test_a_tail_of_a_document_made_public_with_its_date_and_maker_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_long_tail_of_no_document_is_still_no_source(nlp):
    text = "The river burst its banks, a man who keeps a boat by the old mill near the bridge found."
    assert not any(r.cue is not None and r.cue.text == "found" and r.source is not None for r in top(nlp, text))


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The magnitude 6.8 quake struck at 3.14 am local time, according to the national seismological institute.",
     "the national seismological institute", "The magnitude 6.8 quake struck at 3.14 am local time"),
    # a relative with its own pronoun, and a sentence with a verb of its own, keep their reading
    ("The quake that struck at dawn killed 40 people, according to the ministry.", "the ministry",
     "The quake that struck at dawn killed 40 people"),
    ("The storm flooded 300 homes, according to the fire service.", "the fire service", "The storm flooded 300 homes"),
])
def test_according_to_sources_a_clause_read_as_a_relative_on_its_subject(nlp, text, source, content):
    found, there = found_report(top(nlp, text), "according to", source, content)
    assert found, there


def test_a_bodys_name_runs_to_its_last_word(nlp):
    text = "At least 17 protesters were shot dead by security forces, the rights group Justice Now alleged on Thursday."
    found, there = found_report(top(nlp, text), "alleged", "the rights group Justice Now",
                                "At least 17 protesters were shot dead by security forces")
    assert found, there


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("More than 600 people are feared dead after the landslide.", "are feared",
     ["More than 600 people", "dead after the landslide"]),
    ("Two sailors were thought drowned after the storm.", "were thought", ["Two sailors", "drowned after the storm"]),
    ("The pilot is believed alive.", "is believed", ["The pilot", "alive"]),
])
def test_a_state_feared_or_presumed_is_a_belief_nobody_named_holds(nlp, text, cue, content):
    found = [(r.cue.text if r.cue else None, r.source, contents(r)) for r in top(nlp, text)]
    assert (cue, None, content) in found


@pytest.mark.parametrize("text", [
    "He was believed dead by his family for years.",  # with its agent
    "The missing sailor was presumed dead.",  # 'presume' reports only with a clause
    "The man was not believed dead.",  # negated
    "The room was believed haunted.",  # no state of the ones a disaster report gives
])
def test_a_state_ruled_denied_or_of_another_kind_is_no_such_belief(nlp, text):
    assert records(nlp, text) == []


def test_an_active_fear_keeps_its_holder(nlp):
    found, there = found_report(top(nlp, "She feared dead birds would spread the disease."), "feared", "She",
                                "dead birds would spread the disease")
    assert found, there
