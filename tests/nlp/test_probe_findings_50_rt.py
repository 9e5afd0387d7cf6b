"""Patterns of the fiftieth session (helper rt): the changes merged that hour read on passages of our own.
A present clause after a comma and 'and' is the writer's going on, not the report's second half
(``present_pairs``); an avowed state is said without the verb's tail ('protested his innocence to the
guards': to whom); a question put to many ('asked reporters') is answered by no one of them, so the
asker goes on (``dialogue_turns``); a horoscope is a page that heads its entries with signs, not one that
names a 'Leo' and a 'Gemini' (``horoscopes``); 'the two women' is no pair known to be men
(``both_people``); a clause after 'with such certainty' and no 'that' is a result only after a verb of
talking that takes no clause of its words (``result_clauses``, ``talk_verbs.txt``). Near misses stay as
they were. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records, top


@pytest.mark.parametrize("text, cue, expected", [
    ("Police said that the suspect lives nearby, and residents fear for their safety.", "said",
     ["the suspect lives nearby"]),
    ("The coach admitted that the team lacks depth, and the fans know it.", "admitted", ["the team lacks depth"]),
])
def test_a_present_clause_set_off_by_a_comma_is_the_writers(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == expected


def test_a_present_pair_without_a_comma_stays_one_finding(nlp):
    (record,) = records(nlp, "The council found that most households recycle and few burn their waste.", "found")
    assert contents(record) == ["most households recycle and few burn their waste"]


@pytest.mark.parametrize("text, cue, source", [
    ("The prisoner protested his innocence to the guards.", "protested", "The prisoner"),
    ("The men admitted their guilt in court on Tuesday.", "admitted", "The men"),
])
def test_an_avowed_state_is_said_without_the_verbs_tail(nlp, text, cue, source):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) in (["his innocence"], ["their guilt"])


@pytest.mark.parametrize("text", [
    "Crews maintained the road through the winter.",
    "The club maintained its lead at the top of the table.",
])
def test_maintaining_a_thing_is_no_report(nlp, text):
    assert records(nlp, text, "maintained") == []


@pytest.mark.parametrize("text, reply", [
    ('"Where were the police?" Ms Okafor asked reporters.\n\n"They arrived an hour after the fire started."',
     "They arrived an hour after the fire started"),
    ('"Who pays for this?" the mayor asked the crowd.\n\n"You do. Every one of you."', "You do. Every one of you."),
])
def test_a_question_put_to_many_goes_on_with_the_asker(nlp, text, reply):
    (record,) = records(nlp, text, "asked")
    assert any(reply.rstrip(".") in c for c in contents(record)[1:]), contents(record)


def test_a_question_put_to_one_is_still_answered_by_them(nlp):
    text = '"Will the plant close?" a reporter asked the minister.\n\n"No. We have a buyer."'
    (record,) = records(nlp, text, "asked")
    assert contents(record) == ["Will the plant close?"]


@pytest.mark.parametrize("text, cue, source", [
    ("Leo Hart and the Gemini crew flew home on Sunday. The stars said they were delighted with the film.",
     "said", "The stars"),
    ("Both stars said they were thrilled to work with Leo, who played the lead, and with the Gemini team.",
     "said", "Both stars"),
])
def test_signs_named_in_running_text_make_no_horoscope(nlp, text, cue, source):
    assert any(r.source is not None and r.source.text == source for r in records(nlp, text, cue))


def test_signs_heading_entries_make_a_horoscope(nlp):
    text = "Leo:\nThe stars favour a bold move at work.\n\nVirgo:\nVenus urges patience with family this week."
    assert top(nlp, text) == []


def test_the_two_women_are_no_pair_of_men(nlp):
    text = "John Smith and Peter Brown ran the clinic. Two nurses complained. The two women said they had not been paid."
    (record,) = records(nlp, text, "said")
    assert record.speaker != "John Smith and Peter Brown"


def test_both_men_are_the_two_men_named(nlp):
    text = "Judge Amy Cole heard the case brought by Tom Hale against Ray Ocampo. Both men said they would appeal."
    (record,) = records(nlp, text, "said")
    assert record.speaker == "Tom Hale and Ray Ocampo"


@pytest.mark.parametrize("text, cue, expected", [
    ("She declared with so much emotion the war was over.", "declared", ["the war was over"]),
    ("He insisted with such conviction the money had been repaid.", "insisted", ["the money had been repaid"]),
])
def test_a_clause_after_such_a_manner_is_what_a_verb_of_saying_said(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == expected


@pytest.mark.parametrize("text", [
    "Tom Hale and Ray Ocampo were seen near the bank. Both men were arrested on Friday.",
    "Then came the news that the factory would close.",
    "Monday said it all: the team lost five games in a row.",
    "He spoke with such force it sounded like a threat.",
    "The scientists repeated the experiment twice.",
])
def test_near_misses_report_nothing(nlp, text):
    assert top(nlp, text) == []


def test_a_report_inside_the_writers_judgement_stays(nlp):
    (record,) = records(nlp, "It is telling that the minister said the cuts would be temporary.", "said")
    assert record.source is not None and record.source.text == "the minister"
    assert contents(record) == ["the cuts would be temporary"]
