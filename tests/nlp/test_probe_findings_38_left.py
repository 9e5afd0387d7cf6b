"""Patterns of the thirty-eighth session (helper left): errors earlier helpers found and left.
The writer's note that a report could not be checked is no part of it ('..., but the figure could
not be independently verified', ``narration.unverified``); a report in a relative clause ends at
the comma the parser ran the sentence's own verb past (``report_ends``); a place's last noun read
as a verb ('said in its release notes that X', ``misread.plural_read_as_verb``); a role before a
name between commas is the source's too when the parser made it a second subject
(``misread.role_read_as_subject``); an office's words before a name after its 'of' or 'for' are no
part of the name ('Minister for Energy Lars Holm:'); a person's name the NER took for a body is no
body a noun like 'the company' stands for (``body_salience.body_named``); a quotation after a
participle of saying with its addressee is that participle's, not the first cue's alone
('"X," Weaver said, telling reporters, "Y."'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, content", [
    ("The government said 1,200 fighters had surrendered, but the figure could not be independently verified.",
     "1,200 fighters had surrendered"),
    ("The rebels said they had shot down two helicopters, though the claim could not be verified.",
     "they had shot down two helicopters"),
    ("The company said sales rose 8 percent, but the figure could not be verified by Reuters.", "sales rose 8 percent"),
    ("The army said it had retaken the town, but that could not be independently confirmed.", "it had retaken the town"),
])
def test_the_writers_unverified_note_is_no_part_of_the_report(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


def test_a_report_going_on_after_but_is_kept(nlp):
    text = "The agency said the storm would weaken, but it would still bring heavy rain."
    assert [contents(a) for a in records(nlp, text, "said")] == [
        ["the storm would weaken, but it would still bring heavy rain"]]


@pytest.mark.parametrize("text, content", [
    ("The new rules, which environmental groups say do not go far enough, take effect in January.",
     ["which", "do not go far enough"]),
    ("The bill, which critics say will raise prices, passed the Senate on Tuesday.", ["which", "will raise prices"]),
    ("The new stadium, which officials say will cost 2 billion dollars, opens next year.",
     ["which", "will cost 2 billion dollars"]),
    ("The tax, which economists say will hurt farmers and raise prices, was approved.",
     ["which", "will hurt farmers and raise prices"]),
])
def test_a_report_in_a_relative_clause_ends_before_the_sentences_verb(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "say")] == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("Velto said in its release notes that the update fixes a battery bug.", "said", "the update fixes a battery bug"),
    ("Harlan wrote in his campaign notes that the race was close.", "wrote", "the race was close"),
    ("The nurse said in her shift notes that the patient was calm.", "said", "the patient was calm"),
])
def test_a_places_noun_read_as_a_verb_is_no_part_of_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_verb_notes_with_its_own_subject_stays_a_report(nlp):
    found = records(nlp, "The report says the mayor notes that the budget is tight.", "notes")
    assert [(a.speaker, contents(a)) for a in found] == [("mayor", ["the budget is tight"])]


@pytest.mark.parametrize("text, source, speaker", [
    ("The panel's chair, Mei Tanaka, said the report would be published in May.", "The panel's chair, Mei Tanaka",
     "Mei Tanaka"),
    ("The rebels' spokesman, Anwar Saleh, said the fighters would withdraw.", "The rebels' spokesman, Anwar Saleh",
     "Anwar Saleh"),
    ("The city's mayor, Ana Ruiz, said taxes would rise.", "The city's mayor, Ana Ruiz", "Ana Ruiz"),
])
def test_a_role_set_before_a_name_is_part_of_the_source(nlp, text, source, speaker):
    assert [(a.source.text if a.source else None, a.speaker) for a in records(nlp, text, "said")] == [(source, speaker)]


@pytest.mark.parametrize("text, speaker", [
    ('Minister for Energy Lars Holm: "We will not raise prices."', "Lars Holm"),
    ('Head of Research Ana Ruiz: "We are ready."', "Ana Ruiz"),
    ('Secretary of State Ana Ruiz: "We are ready."', "Ana Ruiz"),
])
def test_an_offices_words_are_no_part_of_a_colon_speakers_name(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text, ":")] == [speaker]


def test_a_persons_name_taken_for_a_body_is_not_the_company(nlp):
    text = ("Ivo Brandt sued Corel Mining in May. Brandt said the miners had been warned. "
            "The company says the mine is safe.")
    assert [(a.cue.text if a.cue else None, a.speaker) for a in records(nlp, text)] == [
        ("said", "Ivo Brandt"), ("says", "Corel Mining")]


def test_a_quotation_after_telling_reporters_is_not_the_first_cues_alone(nlp):
    text = '"We will win this," Weaver said on Monday, telling reporters, "the voters are with us."'
    found = [(a.cue.text if a.cue else None, contents(a)) for a in records(nlp, text)]
    assert found == [("said", ["We will win this", "the voters are with us"])]
