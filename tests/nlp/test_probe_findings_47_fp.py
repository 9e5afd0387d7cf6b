"""Patterns of the forty-seventh session (helper fp): verbs of the lexicon that tell what happened to
their subject, or what a thing is like, and report nothing (``befallen``). 'Find' with a reflexive
pronoun for its clause's subject says where the subject ended up ('found herself defending X'); a
verb of seeing with a bare verb's clause that has its own subject is an event lived ('saw her lead
vanish'); 'echo' with a thing for subject and no words for object is a likeness ('The dispute echoes
a quarrel'). A finding, a judgement, a view held 'as' something and words echoed stay reports. And
the writer's set phrases built on 'say' (``set_phrases``): 'The same cannot be said for X', 'to say
the least', 'one could say X'; not someone counted ('One said X') nor hearsay ('It is said that X').
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue", [
    ("The mayor found herself defending the budget at a crowded meeting on Tuesday.", "found"),
    ("The two front-runners found themselves targeted by a wave of late television ads.", "found"),
    ("Halvorsen saw her lead vanish overnight as the rural votes came in.", "saw"),
    ("The long dispute over the harbour echoes a quarrel the town had in the 1990s.", "echoes"),
    ("The tone of the speech echoed the campaigns of the 1960s.", "echoed"),
])
def test_what_befell_the_subject_or_a_likeness_reports_nothing(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The auditors found that the council had overspent by a third.", "found", "The auditors",
     ["the council had overspent by a third"]),
    ("The mayor found the report unconvincing.", "found", "The mayor", ["the report unconvincing"]),
    ("Voters saw the vote as a warning to the council.", "saw", "Voters", ["the vote as a warning to the council"]),
    ("Other farmers echoed those comments on Friday.", "echoed", "Other farmers", ["those comments"]),
])
def test_a_finding_a_judgement_a_view_and_words_echoed_stay_reports(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


def test_a_document_echoing_someones_message_stays_a_report(nlp):
    text = "The leaflets echo the mayor's message that the bypass will cut traffic."
    (record,) = records(nlp, text, "echo")
    assert record.source is not None and record.source.text == "The leaflets"
    assert contents(record)[0].startswith("the mayor's message")


@pytest.mark.parametrize("text, cue", [
    ("The same cannot be said for the bakery on Mill Street, which closed in March.", "cannot be said for"),
    ("The same could not be said of the ferry service.", "could not be said of"),
    ("The harvest was poor, to say the least.", "to say"),
    ("By some measures one could say the town recovered quickly.", "could say"),
    ("You might say the harbour saved the town.", "might say"),
])
def test_the_writers_set_phrases_of_saying_report_nothing(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, expected", [
    ("One said the ferry had been late every day.", "said", ["the ferry had been late every day"]),
    ("It is said that the tunnel was dug by hand.", "is said", ["the tunnel was dug by hand"]),
    ("As they say, the devil is in the details.", "say", ["the devil is in the details"]),
    ("The same could be said of the ferry, he said.", "said", ["The same could be said of the ferry"]),
])
def test_someone_counted_hearsay_and_a_report_of_the_phrase_stay_reports(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == expected
