"""Patterns of the thirty-ninth session (helper spnc2, speech recall): a cue closing its line
with a colon reports the paragraph after it when no quotation follows ('The spokeswoman
wrote:' and the paragraph she wrote; a list of bulleted points goes on; ``colon_blocks``); a
cue clause set between a fronted 'If' / 'When' clause and the main verb is an aside that
reports the sentence around it ('When the vote comes, she warned on Sunday, most members will
abstain'; ``fronted_conditions``); a noun set off before a relative clause that takes it
as object keeps it when the clause has a preposition with its own object ('..., a point the
minister conceded to reporters'; ``relative_objects``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.relative_objects import apposed_object


def test_a_colon_closing_the_line_reports_the_next_paragraph(nlp):
    text = ("The depot closure drew a reply from the transport board on Tuesday. Its spokeswoman, Ada Mensah, wrote:\n\n"
            "The depot will stay open until the end of the year and no driver will lose a shift.\n\n"
            "Drivers at the depot met on Wednesday to discuss the plan.")
    found = records(nlp, text, "wrote")
    assert found and contents(found[0]) == ["The depot will stay open until the end of the year and no driver will lose a shift"]


def test_bulleted_points_after_the_colon_go_on(nlp):
    text = ("The council's report on the flood defences was published on Monday. The engineer Tomas Varga argued:\n\n"
            "- The river wall in the old town is too low for a storm of the kind seen last winter.\n\n"
            "- The pumps at the harbour should be replaced before the autumn rains begin.\n\n"
            "The council will vote on the report next month.")
    found = records(nlp, text, "argued")
    assert found and contents(found[0]) == [
        "The river wall in the old town is too low for a storm of the kind seen last winter",
        "The pumps at the harbour should be replaced before the autumn rains begin"]


@pytest.mark.parametrize("text", [
    "The mayor wrote:\n\nKey points\n\nThe budget grows by two percent.",  # a heading is no statement
])
def test_no_paragraph_for_a_heading(nlp, text):
    assert all("Key points" not in " ".join(contents(r)) for r in records(nlp, text))


@pytest.mark.parametrize("text, cue, content", [
    ("When the vote comes, she warned on Sunday, most members will abstain.", "warned",
     ["When the vote comes", "most members will abstain"]),
    ("If anything, the auditor argued in her letter, the delay shows why the rules must change.", "argued",
     ["If anything", "the delay shows why the rules must change"]),
])
def test_a_cue_after_a_fronted_clause_is_an_aside(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and contents(found[0]) == content


def test_a_fronted_clause_in_ones_own_thought_is_no_aside(nlp):
    text = '"When I read the letter, I thought the deal was off," said Lena Brandt, the union\'s treasurer.'
    found = records(nlp, text, "said")
    assert found and found[0].speaker == "Lena Brandt"


@pytest.mark.parametrize("text, verb, content", [
    ("The new stadium will open a year late, a point the minister conceded to reporters on Monday.", "conceded",
     ["a point"]),
    ("The fund was set up in 2019, a fact the treasurer acknowledged to the committee.", "acknowledged", ["a fact"]),
    ("The council hired a new clerk, a woman who the mayor praised in March.", "praised", None),
])
def test_a_relative_clause_with_a_whole_preposition_keeps_its_noun(nlp, text, verb, content):
    doc = nlp(text)
    found = apposed_object(next(t for t in doc if t.text == verb))
    assert (found and [doc.text[start:end] for start, end in found]) == content
