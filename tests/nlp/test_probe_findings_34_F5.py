"""Patterns of the thirty-fourth session (helper F5): contents that ran past the end of what was said into the
writer's words: a participle of the reaction the report met or of what the verdict's body ordered ('...,
dimming hopes', '..., ordering X to pay'), a simple past after a past perfect that cannot share its 'had'
('had broken X and gave officials 90 days'), another report with a subject and a clause of its own after a comma
('..., and she questioned whether X'), the medium a statement was given in ('announced the closure in a two-paragraph
email'), and the writer's words beside a sourcing phrase ('..., according to a survey, a rate that ...'; 'According
to the lawsuit, filed in court on Monday, X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("Trainee doctors said Tuesday they would not return to hospitals, dimming hopes for a quick end to the standoff.",
     "said", "they would not return to hospitals"),
    ("Trainee doctors said they would not return unless the government scrapped its plan to expand admissions, "
     "dimming hopes for a quick end to the standoff.", "said",
     "they would not return unless the government scrapped its plan to expand admissions"),
    ("A federal jury found that Veltrane infringed three patents, ordering the company to pay $214 million.",
     "found", "Veltrane infringed three patents"),
    ("Judge Helen Osei wrote that the state had broken the settlement and gave officials 90 days to present a plan.",
     "wrote", "the state had broken the settlement"),
    ("She said veterans in her state had waited as long as 14 months for decisions, and she questioned whether the "
     "department's hiring targets were realistic.", "said",
     "veterans in her state had waited as long as 14 months for decisions"),
    ("The school announced the closure in a two-paragraph email to students.", "announced", "the closure"),
    ("Roughly one in five spouses cannot find work, according to a Pentagon survey, a rate that has barely moved in "
     "a decade.", "according to", "Roughly one in five spouses cannot find work"),
    ("The firm cannot find buyers, according to its annual report, and has warned that losses will grow.",
     "according to", "The firm cannot find buyers"),
    ("According to the lawsuit, filed in federal court on Monday, guards ignored his pleas for help.",
     "According to", "guards ignored his pleas for help"),
])
def test_the_content_ends_where_what_was_said_ends(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and contents(found[0]) == [content]


def test_a_report_after_a_comma_with_its_own_subject_is_no_nested_record(nlp):
    text = ("She said veterans in her state had waited as long as 14 months for decisions, and she questioned whether "
            "the department's hiring targets were realistic.")
    questioned = records(nlp, text, "questioned")
    assert questioned and questioned[0].parent is None


def test_a_participle_inside_a_sourced_sentence_is_no_record(nlp):
    text = "According to the lawsuit, filed in federal court on Monday, guards ignored his pleas for help."
    assert records(nlp, text, "ignored") == []


# ---------------------------------------------------------------- what must stay


@pytest.mark.parametrize("text, cue, content", [
    ("The union said it would strike on Monday, calling the offer an insult.", "said", "it would strike on Monday"),
    ("Officials said the storm had passed, leaving thousands without power.", "said",
     "the storm had passed, leaving thousands without power"),
    ("She said the driver had stopped and ran into the woods.", "said", "the driver had stopped and ran into the woods"),
    ("He said the mayor resigned and the council criticized the decision.", "said",
     "the mayor resigned and the council criticized the decision"),
    ("He admitted mistakes in the memo.", "admitted", "mistakes in the memo"),
    ("The number of cases, according to the ministry, rose to 41.", "according to",
     "The number of cases | rose to 41"),
    ("Talks collapsed, according to aides, after the envoy failed to arrive.", "according to",
     "Talks collapsed | after the envoy failed to arrive"),
])
def test_what_was_said_keeps_its_words(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and " | ".join(contents(found[0])) == content
