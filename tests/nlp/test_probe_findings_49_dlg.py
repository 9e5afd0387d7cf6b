"""Patterns of the forty-ninth session (helper dlg), found by writing ten short articles dense with
direct speech in hard shapes (``probe_articles_49_dlg``: alternating turns with few cues, a
quotation over three paragraphs, a speaker named after a long quotation, quotes inside quotes,
partial and mixed quotes, colons after narration, a cue inside a quotation, dashes, a reporter's
questions), and then sentences in the shapes the articles showed wrong.

A manner colon may follow a phrase opening the sentence ('Asked whether X, he was candid: "Y"';
``fronted_manner``). A set-off 'after', 'before' or 'following' phrase closing a source says when
it spoke, not who it is ('said the coach, Jon Berg, after the defeat'; ``occasions``). A quotation
left open over two paragraphs or more is the speaker's whose cue closes it, not the report's
before it (``run_on_quotes``), even when a cue inside it reports something. A verb of belief
listed in ``quote_verbs.txt`` ('agree') is a cue beside a bare quotation too ('"No," he agreed.').
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_49_dlg import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, STILL_REPORTING, STILL_WRONG, WRONG_TURNS
from probe_records import article_checks, contents, found_report, records, still_wrong_check, top, touching

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("name", "speaker"), [(n, s) for n, speakers in SPEAKERS.items() for s in speakers])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name])


@pytest.mark.parametrize(("name", "line", "why"), STILL_REPORTING)
@pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
def test_the_articles_lines_still_reporting(parsed, name, line, why):
    assert touching(parsed[name], ARTICLES[name], line) == [], why


@pytest.mark.parametrize(("name", "cue", "source", "turn", "why"), WRONG_TURNS)
@pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
def test_the_articles_turns_still_given_to_the_last_speaker(parsed, name, cue, source, turn, why):
    owner = next(r for r in parsed[name] if r.cue.text == cue and r.source is not None and r.source.text == source)
    assert turn not in contents(owner), why


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('Asked whether the plan would work, the minister was candid: "Not yet. Give it a year."',
     "was candid:", "the minister", "Not yet. Give it a year"),
    ('After the vote, she was blunt: "We lost, and we deserved to."', "was blunt:", "she", "We lost, and we deserved to"),
    ('Pressed on the delays, Ortega was frank: "The supplier failed us."', "was frank:", "Ortega", "The supplier failed us"),
])
def test_a_manner_colon_after_an_opening_phrase(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    'After the storm, the harbour was calm: "Not a boat moved," wrote one sailor.',
    'In the end, the mood was grim: shops were shut and the streets were empty.',
])
def test_a_mute_subject_after_an_opening_phrase_is_no_manner_colon(nlp, text):
    assert not any(r.cue is not None and r.cue.text.endswith(":") for r in records(nlp, text))


@pytest.mark.parametrize(("text", "source"), [
    ('"We gave everything," said the captain, Mia Lund, after the final.', "the captain, Mia Lund"),
    ('"It is a sad day," said Owen Hale, the club\'s chairman, following the vote.', "Owen Hale, the club's chairman"),
    ('"Nothing is decided," the minister, Ana Sousa, said before the summit.', "the minister, Ana Sousa"),
])
def test_a_set_off_time_phrase_ends_the_source(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]


@pytest.mark.parametrize(("text", "source"), [
    ('"We will appeal," said Ruth Kane, who spoke after the verdict.', "Ruth Kane, who spoke after the verdict"),
    ('"It was close," said a voter in line after Ms Ortiz.', "a voter in line after Ms Ortiz"),
])
def test_who_the_source_is_stays_with_it(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]


def test_a_quotation_over_three_paragraphs_is_the_closing_cues_speaker(nlp):
    text = ("The coach told reporters on Monday that the squad would travel on Friday.\n\n"
            "\"We have trained hard. Some of the younger players have learned to love the early starts.\n\n"
            "\"The pitch there is fast and the crowd is loud.\n\n"
            "\"We are ready,\" said the captain, Mia Lund.\n")
    found = top(nlp, text)
    told = next(r for r in found if r.cue.text == "told")
    said = next(r for r in found if r.cue.text == "said")
    assert contents(told) == ["the squad would travel on Friday"]
    assert [c.split(".")[0] for c in contents(said)] == [
        "We have trained hard", "The pitch there is fast and the crowd is loud", "We are ready"]


def test_a_closed_quotation_paragraph_still_goes_on_with_the_report_before_it(nlp):
    text = ("The coach said the squad would travel on Friday.\n\n"
            "\"We have trained hard.\"\n\n"
            "\"We are ready,\" said the captain, Mia Lund.\n")
    said = next(r for r in top(nlp, text) if r.cue.text == "said" and r.source.text == "The coach")
    assert contents(said)[0] == "the squad would travel on Friday"


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('"No," he agreed.', "agreed", "he", "No"),
    ('"Yes," the manager agreed. "We were lucky."', "agreed", "the manager", "Yes"),
    ('"Never," Ms Ito disagreed.', "disagreed", "Ms Ito", "Never"),
])
def test_a_bare_answer_before_agreed(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    '"We will go," she said. The council agreed.',
    '"We will go," she said, and the council agreed.',
])
def test_an_agreement_after_anothers_quotation_is_not_its_report(nlp, text):
    assert [r.cue.text for r in top(nlp, text)] == ["said"]
