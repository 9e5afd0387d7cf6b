"""Patterns found in the thirty-second session: coordination after a report - the reporter's
second act against more of the content, a clause after a cue set off by commas, and a concession
about the reporter. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a refusal to speak after 'but'


@pytest.mark.parametrize("text, content", [
    ("Chief Ann Bell said detectives had searched two homes but declined to say where.",
     "detectives had searched two homes"),
    ("Detective Sgt. Ruth Mead said officers had interviewed three witnesses but refused to say who they were.",
     "officers had interviewed three witnesses"),
])
def test_a_refusal_to_speak_after_but_is_the_reporters_act(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


def test_a_refusal_of_another_act_stays_in_the_report(nlp):
    text = "Smith said the suspect had fled and refused to stop."
    assert [contents(a) for a in records(nlp, text, "said")] == [["the suspect had fled and refused to stop"]]


# ---------------------------------------------------------------- a clause after a cue set off by commas


@pytest.mark.parametrize("text, content", [
    ("The cable would be buried a metre deep, she told the meeting, and fishing would be allowed between turbines.",
     ["The cable would be buried a metre deep", "fishing would be allowed between turbines"]),
    ("The road will close for a week, officials told reporters on Monday, and buses will run instead.",
     ["The road will close for a week", "buses will run instead"]),
    ("Lachlan is non-verbal and has autism, police said, and is drawn to water.",
     ["Lachlan is non-verbal and has autism", "is drawn to water"]),
])
def test_the_clause_after_an_aside_with_words_of_its_own_goes_on_with_the_report(nlp, text, content):
    cue = "told" if " told " in text else "said"
    assert [contents(a) for a in records(nlp, text, cue)] == [content]


@pytest.mark.parametrize("text, content", [
    ("The man was injured in the crash, police said, and appealed for witnesses.", ["The man was injured in the crash"]),
    ("Rents had risen, he testified, and workers were leaving.", ["Rents had risen", "workers were leaving"]),
    ('"It was cold," Ebeling said, and her husband cut in.', ["It was cold"]),
    ("Tests showed no bacteria, Superintendent Greg Hollis said at a news conference, and the order was lifted at noon.",
     ["Tests showed no bacteria"]),  # the writer's next event, in the cue's plain past
])
def test_the_reporters_next_act_after_an_aside_stays_out(nlp, text, content):
    cue = "testified" if "testified" in text else "said"
    assert [contents(a) for a in records(nlp, text, cue)] == [content]


# ---------------------------------------------------------------- a concession about the reporter


@pytest.mark.parametrize("text, content", [
    ("Board Chairman Frank DeLuca said the authority would consider refunds, though he stopped short of promising it.",
     "the authority would consider refunds"),
    ("The unions said the strike would go ahead, though they stopped short of naming a date.",
     "the strike would go ahead"),
])
def test_a_concession_whose_subject_is_the_reporter_is_the_writers(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("Mayor Jane Ortiz said the council would vote in May, though its members remained divided.",
     "the council would vote in May, though its members remained divided"),
    ("He said the plan would work, though it was costly.", "the plan would work, though it was costly"),
    ("Speaker Ann Rudd said she was not ready to back Marsh, even though he is the last candidate left.",
     "she was not ready to back Marsh, even though he is the last candidate left"),
])
def test_a_concession_about_anything_else_stays_the_speakers(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


# ---------------------------------------------------------------- the writer's clause after an infinitive or a clause


@pytest.mark.parametrize("text, cue, content", [
    ("The grid operator asked consumers to conserve electricity as forecasters predicted temperatures above 100 degrees.",
     "asked", "consumers to conserve electricity"),
    ("The minister vowed that blackouts would end by winter as the utility unveiled a new plan.",
     "vowed", "blackouts would end by winter"),
    ("The company said it would cut 500 jobs as it announced a loss of $2 billion.", "said", "it would cut 500 jobs"),
    ("Ministers called on the Commission to introduce a new category, barely months after the law was delayed by a year.",
     "called on", "the Commission to introduce a new category"),
    ("Police asked witnesses to come forward, shortly after the victim was named.", "asked", "witnesses to come forward"),
])
def test_anothers_statement_or_the_writers_time_after_the_content_is_no_part_of_it(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("The minister said prices would rise as demand outstripped supply.", "said",
     "prices would rise as demand outstripped supply"),
    ("The union urged members to stay calm as talks continued.", "urged", "members to stay calm as talks continued"),
    ("The senator called on the agency to release the files before the vote.", "called on",
     "the agency to release the files before the vote"),
])
def test_an_as_clause_that_reports_nothing_stays_in_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
