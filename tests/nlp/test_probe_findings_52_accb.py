"""Patterns of the fifty-second session (helper accb, where an 'according to' record's source and content
end; ``according_edges``): a source whose own modifier the parser read as the verb the phrase hangs on
runs to the sentence's end ('according to a memo previously kept secret'); a phrase inside brackets with
other words sources what the brackets hold; a report the phrase wraps brings its quotation, cut off by the
sentence splitter or going on after the phrase; a paragraph's last sentence (a space token before its end)
keeps the source's 'including' list and participle out of the content (``phrases``). Near misses stay: a
phrase that opens its brackets or stands alone in them, a quotation in the next paragraph, a phrase set off
mid-sentence, 'according to plan'. Every sentence is written for the test, in several genres (crime,
markets, polls, health, statistics)."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records, top


@pytest.mark.parametrize("text, source, content", [
    ("The ferry sank in calm water, according to a report the coast guard released.",
     "a report the coast guard released", "The ferry sank in calm water"),
    ("The suspect fled on foot, according to a memo previously kept secret.",
     "a memo previously kept secret", "The suspect fled on foot"),
    ("The council paid twice for the road, according to two aides who attended but were not allowed to speak.",
     "two aides who attended but were not allowed to speak", "The council paid twice for the road"),
])
def test_a_source_runs_on_to_the_end_of_the_sentence(nlp, text, source, content):
    ok, shown = found_report(top(nlp, text), "according to", source, content)
    assert ok, shown


@pytest.mark.parametrize("text, source, content", [
    ("Rents rose across the region (the steepest rise since 2019, according to the agency) and vacancies fell.",
     "the agency", "the steepest rise since 2019"),
    ("Shares of the miner slid on Tuesday (the stock has lost a third of its value, according to FactSet), "
     "extending a long decline.", "FactSet", "the stock has lost a third of its value"),
    ("Flu admissions doubled in a week (about 900 patients, according to the health ministry), officials said.",
     "the health ministry", "about 900 patients"),
])
def test_a_phrase_in_brackets_sources_what_they_hold(nlp, text, source, content):
    ok, shown = found_report(top(nlp, text), "according to", source, content)
    assert ok, shown


def test_a_phrase_alone_in_brackets_sources_the_clause_around_them(nlp):
    found = records(nlp, "Rents rose sharply last year (according to the agency) in every district.", "according to")
    assert [contents(r) for r in found] == [["Rents rose sharply last year", "in every district"]]


def test_a_phrase_opening_its_brackets_keeps_the_clause(nlp):
    found = records(nlp, "(According to the police, the two men were arrested at the scene.)", "According to")
    assert [contents(r) for r in found] == [["the two men were arrested at the scene"]]


@pytest.mark.parametrize("text, source, content", [
    ('"Is this really the best we can do?" the mayor said at a briefing, according to the Harbour Gazette.',
     "the Harbour Gazette", '"Is this really the best we can do?"'),
    ('"We will not back down," the union leader said, according to a transcript of the meeting. "This is our town."',
     "a transcript of the meeting", '"We will not back down," the union leader said'),
])
def test_a_wrapped_report_brings_its_quotation(nlp, text, source, content):
    found = top(nlp, text)
    ok, shown = found_report(found, "according to", source, content)
    assert ok, shown
    outer = next(r for r in found if r.cue is not None and r.cue.text == "according to")
    assert any("?" in c or "our town" in c for c in contents(outer)), contents(outer)
    # the report it wraps nests inside it
    assert [r.cue.text for r in found if r.cue is not None] == ["according to"]


@pytest.mark.parametrize("text, source, content", [
    ("Sales, according to the firm, rose 3 percent in the quarter.", "the firm", "Sales"),
    ("According to the survey, most nurses plan to stay in the profession. Pay remains a worry.",
     "the survey", "most nurses plan to stay in the profession"),
    ("Burglaries fell by a fifth last year, according to figures from the county police.",
     "figures from the county police", "Burglaries fell by a fifth last year"),
    ("The incumbent leads by six points, according to a poll released on Sunday.",
     "a poll released on Sunday", "The incumbent leads by six points"),
])
def test_ordinary_phrases_keep_their_edges(nlp, text, source, content):
    ok, shown = found_report(top(nlp, text), "according to", source, content)
    assert ok, shown


def test_a_quoted_report_in_the_next_paragraph_is_not_taken_in(nlp):
    text = ('The mayor said the bridge would reopen, according to the Harbour Gazette.\n\n'
            '"We are nearly there," the engineer said.')
    found = records(nlp, text, "according to")
    assert found and all("nearly there" not in c for r in found for c in contents(r))


def test_a_plan_is_still_no_source(nlp):
    assert records(nlp, "The works went ahead (according to plan) in the spring.", "according to") == []


@pytest.mark.parametrize("text, source, content", [
    ("The clinic treated more patients than ever, according to two audits, including one by the county.\n\n"
     "Staff numbers did not change.", "two audits", "The clinic treated more patients than ever"),
    ("The fund lost $40 million in March, according to filings released Thursday night.\n\nIts manager declined to comment.",
     "filings released Thursday night", "The fund lost $40 million in March"),
])
def test_a_paragraphs_last_sentence_keeps_the_sources_words_out(nlp, text, source, content):
    found = records(nlp, text, "according to")
    ok, shown = found_report(found, "according to", source, content)
    assert ok, shown
    assert all(len(r.contents) == 1 for r in found), shown
