"""Patterns of the forty-fourth session (helper parsefix), parse misreads: a surname ending in
'-ly' read as an adverb right after an inverted verb ('"...," said Skelly') is the verb's subject
(``misread.name_read_as_adverb``); a sourcing phrase whose quoted title ends the sentence
('according to his book "Title."') keeps its content, the closing marks the title's, not a
content of their own (``phrases``); a writing verb's 'in a NOUN that X' ('wrote in a long opinion
that X') is where the verb's report was made, not a noun cue (``written_in``); the pronoun of a
denial set after an accusation ('accused X of Y, a charge he denied') is the one accused
(``accused``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source", [
    ('"Having the files and two people who know them is worth a lot," said Skelly, explaining that he '
     'worked closely with the vendor.', "Skelly"),
])
def test_a_surname_read_as_an_adverb_after_an_inverted_verb(nlp, text, source):
    found = records(nlp, text, "said")
    assert found and found[0].source is not None and found[0].source.text == source


def test_an_adverb_after_an_inverted_verb_stays_an_adverb(nlp):
    found = records(nlp, '"We will finish the bridge by June," said Marta Vine, briefly.', "said")
    assert found and found[0].source is not None and found[0].source.text == "Marta Vine"


@pytest.mark.parametrize("text, source, content", [
    ('He grew up poor in a mill town, according to his book "Rising Waters."', 'his book "Rising Waters."',
     ["He grew up poor in a mill town"]),
    ("He grew up poor in a mill town, according to his book “Rising Waters.”", "his book “Rising Waters.”",
     ["He grew up poor in a mill town"]),
    ("He grew up poor in a mill town, according to his book ''Rising Waters.''", "his book ''Rising Waters.''",
     ["He grew up poor in a mill town"]),
])
def test_a_quoted_title_ending_a_sourcing_phrase(nlp, text, source, content):
    found = records(nlp, text, "according to")
    assert found and found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue, content", [
    ("Judge Maria Ortiz wrote in a 40-page opinion that the statute was unconstitutional.", "wrote",
     ["the statute was unconstitutional"]),
    ("The justice wrote in her dissent that the majority had ignored the record.", "wrote",
     ["the majority had ignored the record"]),
])
def test_a_writing_verb_reports_what_its_document_says(nlp, text, cue, content):
    found = records(nlp, text)
    assert [r.cue.text for r in found if r.cue is not None] == [cue]
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, speaker", [
    ("Mr. Ortiz said the case was weak. The prosecutors accused Governor Tom Hale of taking bribes, a charge he denies.",
     "Tom Hale"),
    ("Ms. Ortiz said the case was weak. Prosecutors accused Mr. Hale of taking bribes, a charge he denied.", "Hale"),
])
def test_a_denial_after_an_accusation_is_the_accused_ones(nlp, text, speaker):
    found = records(nlp, text)
    denial = next(r for r in found if r.cue is not None and r.cue.text in ("denies", "denied"))
    assert denial.speaker == speaker


def test_a_denial_pronoun_of_another_gender_is_not_the_accused(nlp):
    text = "Mr. Ortiz said the case was weak. The prosecutors accused Governor Anna Hale of taking bribes, a charge he denies."
    denial = next(r for r in records(nlp, text) if r.cue is not None and r.cue.text == "denies")
    assert denial.speaker != "Anna Hale"
