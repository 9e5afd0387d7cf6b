"""Fifty-sixth session (helper assrc): the speaker of an 'as' aside the parser read as the object of a
preposition ('Rents, as one of her aides pointed out, will rise': 'as' a preposition, 'one' its object and
the sentence's opening noun made the subject of the verb of saying, or the phrase hung on that noun and the
verb left with no subject). The noun phrase between 'as' and the verb is the speaker (``as_objects``), and the
opening noun goes back into the content. Near misses ('as a result of X', 'as a doctor she said', 'known as',
'such as', 'as well as', 'as the river rose') stay as they were. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Rents, as one of the mayor's advisers pointed out, will rise again next year.", "pointed out",
     "one of the mayor's advisers", "Rents"),
    ("Tolls, as one of the governor's aides pointed out, will rise in May.", "pointed out",
     "one of the governor's aides", "Tolls"),
    # the 'as' phrase hung on the sentence's verb, the cue a parataxis with no subject: before, no record
    ("Rents, as one of the mayor's aides noted, will rise again next year.", "noted", "one of the mayor's aides", "Rents"),
    ("Bus fares, as one of the council's members pointed out, have doubled.", "pointed out",
     "one of the council's members", "have doubled"),
    ("The bridge, as one of the city's engineers explained, is unsafe.", "explained",
     "one of the city's engineers", "is unsafe"),
    ("Exports, as one of the ministry's economists observed, fell sharply.", "observed",
     "one of the ministry's economists", "fell sharply"),
])
def test_the_speaker_of_an_as_aside_read_as_a_preposition(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # asides the parser already reads as clauses keep their speaker
    ("As one of the mayor's advisers pointed out, rents will rise again next year.", "pointed out",
     "one of the mayor's advisers", "rents will rise again next year"),
    ("The plan, as one of the aides said, is dead.", "said", "one of the aides", "The plan"),
    ("As a spokesman for the agency told reporters, the inspections will resume on Monday.", "told",
     "a spokesman for the agency", "the inspections will resume on Monday"),
    ("The bridge needs urgent repairs, as the report notes.", "notes", "the report", "The bridge needs urgent repairs"),
    ("As the crowd cheered, the mayor said the park would reopen.", "said", "the mayor", "the park would reopen"),
    ("The mayor, as a former teacher, said the schools need money.", "said", "The mayor", "the schools need money"),
])
def test_asides_read_right_keep_their_speaker(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize("text", [
    "As a result of the storm, the road was closed.",
    "The town, known as the gateway to the valley, grew quickly.",
    "Fruits such as apples are cheap.",
    "The mayor as well as the governor attended.",
    "She smiled as the crowd cheered.",
    "The town, as the river rose, emptied.",
    "Prices rose as fast as analysts had predicted.",
])
def test_as_phrases_of_no_saying_report_nothing(nlp, text):
    assert [r for r in top(nlp, text) if r.cue is not None] == []


def test_a_role_before_a_subject_is_no_speaker(nlp):
    found = top(nlp, "As a doctor she said little about her patients.")
    assert all(r.source is None or r.source.text == "she" for r in found)
