"""Patterns found in the thirty-third session: the writer's own reports in the first person.
An 'I' outside quotation marks is the writer's, the person the byline names. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ---------------------------------------------------------------- the writer's 'I'


@pytest.mark.parametrize("byline, writer", [
    ("By Ana Ruiz", "Ana Ruiz"),  # a name the NER does not tag
    ("By Maria Lopez", "Maria Lopez"),
    ("By Helen Marchetti, Public Editor", "Helen Marchetti"),
])
@pytest.mark.parametrize("sentence, cue", [
    ("Last spring I told my landlord that the heater was broken.", "told"),
    ("I think the paper owes readers an apology.", "think"),
])
def test_the_writers_i_is_the_byline(nlp, byline, writer, sentence, cue):
    text = f"A column\n{byline}\n{sentence}\n"
    assert [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)] == [(writer, "person")]


@pytest.mark.parametrize("text", [
    "A column\nI think the paper owes readers an apology.\n",  # no byline
    "A column\nBy Ana Ruiz and Tom Bell\nI think the paper owes readers an apology.\n",  # two writers
])
def test_no_single_byline_names_no_writer(nlp, text):
    assert [a.speaker for a in records(nlp, text, "think")] == [None]


def test_a_quoted_i_stays_the_quotations_speaker(nlp):
    text = 'A column\nBy Ana Ruiz\n"I think the council failed," said Tom Reed.\n'
    assert [a.speaker for a in records(nlp, text, "think")] == ["Tom Reed"]


def test_the_writer_is_no_antecedent_of_she(nlp):
    text = "A column\nBy Ana Ruiz\nI told my landlord that the heater was broken. She said it would be fixed.\n"
    assert [a.speaker for a in records(nlp, text, "said")] == [None]
