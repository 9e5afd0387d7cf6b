"""Patterns of the forty-ninth session (helper probe), found by writing twelve short articles of
genres the earlier probes left out (``probe_articles_49``: a conflict casualty report with figures
from several sides, a protest with two crowd counts, a parliamentary debate, a rate decision, an
air accident interim report, a human rights report, a pay dispute, a celebrity item, a theatre
review, a data breach, a council planning row, a migration story) with every kind of report and
lines that report nothing, and then sentences in the shapes the articles showed wrong.

A verb whose clause is cut to a bare 'to' ('Few expect it to.') holds no one's words
(``elided``). An 'as' clause of the voice as a sound right after a sentence ('called for order as
members shouted across the aisle') says when, not whose account the sentence is (``sounded``,
``noise_verbs.txt``). A play, a poem or a memoir written is a thing made, no content
(``artefact_nouns.txt``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_49 import ARTICLES, GOLD, NESTED, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, contents, found_report, nested_check, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_nested_reports = nested_check(ARTICLES, NESTED)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("name", "speaker"), [
    ("conflict", "Arif Demir"), ("conflict", "Lina Haddad"), ("protest", "Tomas Reinik"), ("debate", "Dev Sharma"),
    ("debate", "Rhona Kerr"), ("rates", "Helena Voss"), ("aviation", "Owen Price"), ("rights", "Amira Khalil"),
    ("strike", "Femi Adeyemi"), ("celebrity", "Leo Brandt"), ("breach", "Nadia Ferro"), ("planning", "Gillian Moss"),
    ("migration", "Nikos Aris"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name])


@pytest.mark.parametrize("text", [
    "Will the board back down? Few investors expect it to.",
    "The council could raise the fee. Nobody wants it to.",
    "The union may accept the offer, but members do not want it to.",
])
def test_a_clause_cut_to_its_to_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Few investors expect the board to back down.", "expect", "Few investors", "the board to back down"),
    ("Members want the union to accept the offer.", "want", "Members", "the union to accept the offer"),
])
def test_a_clause_with_its_verb_after_to_still_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The mayor left the stage as the crowd jeered.",
    "The chairman read out the result as delegates cheered.",
    "The bride walked down the aisle as the choir sang.",
])
def test_an_as_clause_of_a_sound_reports_nothing(nlp, text):
    assert records(nlp, text) == []


def test_an_as_clause_of_a_sound_leaves_the_sentence_its_own_report(nlp):
    found = top(nlp, "The chair called for calm as councillors shouted from the gallery.")
    assert [(r.cue.text, r.source.text, contents(r)) for r in found] == [("called for", "The chair", ["calm"])]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The economy grew last year, as the minister said in parliament.", "said", "the minister",
     "The economy grew last year"),
    ("Turnout rose as the organisers predicted.", "predicted", "the organisers", "Turnout rose"),
    # set off by commas, an 'as' of a loud voice may still be the speaker's account
    ("The vote, as one councillor shouted, was a farce.", "shouted", "one councillor", "The vote"),
])
def test_an_as_clause_of_saying_is_still_an_aside(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "She has written a comedy about two rival bakers.",
    "He wrote a memoir about his years at sea.",
    "The poet wrote a poem for the new bridge.",
])
def test_a_work_written_is_no_content(nlp, text):
    assert [contents(r) for r in records(nlp, text, cue="written") + records(nlp, text, cue="wrote")] == []


def test_a_work_praised_is_still_a_stance(nlp):
    (record,) = records(nlp, "Critics praised the play for its honesty.", cue="praised")
    assert contents(record)[0].startswith("the play")
