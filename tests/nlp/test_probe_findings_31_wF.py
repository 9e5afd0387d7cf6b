"""Patterns found in the thirty-first session: interviews set down as questions and answers
('Q:'/'A:', 'Interviewer:'/'Fennimore:', 'The Ledger:'/'Solberg:'), read as one layout
(``attribution.interviews``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _answers(nlp, text):
    return [(a.kind, a.source.text, a.speaker, contents(a)) for a in records(nlp, text, ":")]


# ---------------------------------------------------------------- 'A:' answers and the one interviewed


@pytest.mark.parametrize("between", [
    "Call volume has doubled since 2010.",
    "We spoke about the budget.",
    "The interview has been edited for length and clarity.",
    "He sat down with us last week.",
])
def test_an_answer_is_the_interviewees_past_a_sentence_naming_no_one(nlp, between):
    text = (f"Fire Chief Raymond Oduya will retire on Friday. {between}\n\n"
            "Q: Why retire now?\n\nA: The department is in good shape.")
    assert _answers(nlp, text) == [("direct", "A", "Raymond Oduya", ["The department is in good shape"])]


def test_an_answer_is_the_one_asked_not_the_publication_asking(nlp):
    text = ("Mayor Lena Voss spoke with the Herald on Monday. The Herald asked Voss several questions:\n\n"
            "Q: Will the pool reopen?\n\nA: Yes, the pool will reopen in June.")
    assert [a.speaker for a in records(nlp, text, ":")] == ["Lena Voss"]


def test_an_explainers_own_question_before_its_q_and_a_keeps_the_answers_the_writers(nlp):
    text = ('"Rents are too high," said Omar Quinn of the Tenants Forum.\n\nWhat does it mean for you?\n\n'
            "Q: Can I challenge my rent?\nA: Most tenants can appeal, the tribunal estimates.")
    assert records(nlp, text, ":") == []


# ---------------------------------------------------------------- labels of names


def test_the_interviewers_surname_asks_and_the_interviewees_answers(nlp):
    text = ("By Helen Marsh, Books Editor\n\nNovelist Kwame Addo spoke with Helen Marsh. The talk has been condensed.\n\n"
            "Marsh: Eight years is a long time between books. What happened?\nAddo: Life happened. My father got sick.\n\n"
            "Marsh: Is the captain your father?\nAddo: He is not, but he has my father's hands.")
    assert [(a.speaker, contents(a)) for a in records(nlp, text, ":")] == [
        ("Kwame Addo", ["Life happened. My father got sick"]),
        ("Kwame Addo", ["He is not, but he has my father's hands"])]


def test_a_publications_label_asks_even_when_a_turn_states(nlp):
    text = ("Chief executive Ingrid Solberg spoke with the Ledger.\n\n"
            "The Ledger: Will layoffs continue?\nSolberg: I think most employees know the answer.\n\n"
            "The Ledger: You cut 600 jobs in September.\nSolberg: The cuts were planned before the recall.")
    found = records(nlp, text)
    assert [(a.cue.text, a.source.text, a.speaker) for a in found] == [
        (":", "Solberg", "Ingrid Solberg"), ("think", "I", "Ingrid Solberg"), (":", "Solberg", "Ingrid Solberg")]


def test_a_shared_surname_answers_for_the_one_interviewed_and_a_short_answer_counts(nlp):
    text = ("Ada Fennimore kept the light for 26 years. Her niece, Paula Fennimore, let us air the interview.\n\n"
            "Interviewer: Was it lonely?\nFennimore: No. I had the radio.\n\n"
            "Interviewer: Would you do it again?\nFennimore: Every day of it.")
    assert _answers(nlp, text) == [("direct", "Fennimore", "Ada Fennimore", ["No. I had the radio"]),
                                   ("direct", "Fennimore", "Ada Fennimore", ["Every day of it"])]


# ---------------------------------------------------------------- what must stay as it is


def test_a_transcript_of_speakers_who_do_not_ask_keeps_every_turn(nlp):
    text = ("Councillor Tom Baptiste and Mayor Renata Harris debated the levy.\n\n"
            "BAPTISTE: The levy is a tax on families.\n\nHARRIS: That is not quite right.\n\nBAPTISTE: It is a tax.")
    assert [a.speaker for a in records(nlp, text, ":")] == ["Tom Baptiste", "Renata Harris", "Tom Baptiste"]


def test_a_label_before_a_heading_question_is_no_q_and_a(nlp):
    text = ("The minister presented the levy. We spoke to Lina Berger, a transport planner.\n\n"
            "Who pays most?\n\nBerger: Commuters from the suburbs. They have no train.")
    assert [a.speaker for a in records(nlp, text, ":")] == ["Lina Berger"]


def test_a_narrated_interview_keeps_its_quotes(nlp):
    text = ('Carla Dimitriou spoke to the Tribune. "A strike is a last resort," Dimitriou said.\n\n'
            "Q: Is the hospital bargaining in good faith?\nA: I want to believe they are.")
    assert [(a.cue.text, a.speaker) for a in records(nlp, text) if a.parent is None] == [
        ("said", "Carla Dimitriou"), (":", "Carla Dimitriou")]
