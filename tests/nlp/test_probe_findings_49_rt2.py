"""Patterns of the forty-ninth session (helper rt2): a red team of the session's second wave. The
authors' 'we show that X' is no finding when it is shown to someone ('We showed them that X'), when
the clause is about 'we' ('We show that we care': deeds that prove it), or when it is met in a clause
of when (a discovery) (``findings._authors_finding``); the one a job advert would hire is a person
the news reports once named ('The successful candidate, Ana Ruiz, will explain X', ``addressed``); a
name before a participle set off by commas that hangs on the cue itself is the cue's subject
('"...," Mayor Tom Reyes, speaking from the steps, told reporters', ``stranded_quotes``); a name in
brackets the parser made a second subject after the source's phrase cites it ('A report on the choir
(Arts, June 4) said', ``misread.ended_early``). The wave's
other rules are held on near misses of their own. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records


@pytest.mark.parametrize("text, cue", [
    ("We showed them that the door was locked.", "showed"),
    ("We show that we care by answering every call within an hour.", "show"),
    ("When we found that the door was open, we called the police.", "found"),
    ("We found the keys under the mat after an hour of searching.", "found"),
])
def test_we_showing_someone_ourselves_or_discovering_is_no_finding(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, expected", [
    ("In the study, we show that sleep loss raises blood pressure in teenagers.", "show",
     ["sleep loss raises blood pressure in teenagers"]),
    ("Here we show that the protein folds in two steps.", "show", ["the protein folds in two steps"]),
])
def test_the_authors_finding_stays_a_report(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text.lower() == "we"
    assert contents(record) == expected


def test_a_named_successful_candidate_is_a_person_reported(nlp):
    text = "The successful candidate, Maria Lopez, will explain her plans at a press conference on Monday."
    (record,) = records(nlp, text, "will explain")
    assert record.source is not None and "Maria Lopez" in record.source.text


@pytest.mark.parametrize("text", [
    "The successful candidate will explain our services to new clients.",
    "The ideal applicant must report to the head of finance.",
])
def test_the_duties_of_a_post_stay_no_report(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ('"It is finished," Mayor Tom Reyes, speaking from the steps of City Hall, told reporters.', "told",
     "Mayor Tom Reyes", "It is finished"),
    ('"We will win," Ann Lee, wearing a red scarf, said.', "said", "Ann Lee", "We will win"),
    ('"We did it,"\u00a0added Lee.', "added", "Lee", "We did it"),
])
def test_a_speaker_past_an_aside_or_a_no_break_space(nlp, text, cue, source, content):
    assert found_report(records(nlp, text), cue, source, content)


def test_a_set_off_participle_in_a_plain_sentence_gives_no_speaker(nlp):
    text = "The bus, packed with fans, stopped outside the stadium, and the driver said nothing."
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The prosecutor conceded that the witness has lied but the judge said the trial would go on.", "said",
     "the judge", ["the trial would go on"]),
    ("The mayor agreed that residents have waited long enough but refused to set a date.", "agreed",
     "The mayor", ["residents have waited long enough"]),
    ("The coach conceded that the referee has seen the foul but implied that the linesman was to blame.",
     "implied", "The coach", ["the linesman was to blame"]),
])
def test_a_concession_ends_at_but_and_a_new_subject_keeps_its_words(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


def test_a_quotation_after_a_question_and_a_gesture_is_the_person_s(nlp):
    text = 'Asked whether he was worried, Ruiz grinned. "Never."'
    assert found_report(records(nlp, text), "grinned", "Ruiz", "Never")


def test_a_quotation_after_a_question_and_an_act_on_something_is_no_one_s(nlp):
    text = 'Asked about the leak, the minister left the room. "We have nothing to add."'
    assert not any("We have nothing" in c for r in records(nlp, text) for c in contents(r))


def test_a_text_ending_in_go(nlp):
    assert records(nlp, "I can't let you go") == []


@pytest.mark.parametrize("text, source", [
    ("A column about cycling (Opinion, Jan. 3) said the city had no bike lanes.",
     "A column about cycling (Opinion, Jan. 3)"),
    ("A report on the choir (Arts, June 4) said the concert had been cancelled.",
     "A report on the choir (Arts, June 4)"),
    ("The union (Unite) said the strike would go ahead.", "The union (Unite)"),
])
def test_a_citation_in_brackets_after_the_source_is_no_second_source(nlp, text, source):
    (record,) = records(nlp, text, "said")
    assert record.source is not None and record.source.text == source
