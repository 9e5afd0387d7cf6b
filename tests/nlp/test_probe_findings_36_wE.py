"""Patterns of the thirty-sixth session (helper wE): labels and headings are no speakers (a kind
of text before a line's colon, 'Letter:', 'Guest column:', ``labels.line_label``; a page's own
questions under an FAQ heading, 'A:'; a heading's cue, 'What our readers say', takes no quotation
below it); a title before a name is no part of the name ('Sommelier Ines Aragon', 'Brightwell
co-founder Tomas Reyes'); a quantifier floated after its subject ('X, Y and Z all say') leaves the
subject the source, and 'Both' stands for the two people just named. Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.labels import label_text
from sourcebook.nlp.attribution.lexicon import lexicon


def _sources(nlp, text, cue):
    return [(a.source.text if a.source else None, a.speaker) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- a kind of text before a line's colon


@pytest.mark.parametrize("text", [
    "Letter: The new tram timetable is a step backwards\n\nI have taken the tram for twenty years.\n",
    "Guest column: Why our harbour needs a second pier\n\nThe harbour was built in 1904.\n",
    "Company blog: Meet Orbis 3, our fastest release yet\n\nWe shipped it on Monday.\n",
    "Weekly update: The bridge closes for repairs on Friday\n\nDrivers should plan ahead.\n",
])
def test_a_kind_of_text_before_a_line_colon_is_no_source(nlp, text):
    assert records(nlp, text, ":") == []


@pytest.mark.parametrize("text, source", [
    ("Senior economists: Rates will fall next spring\nMarkets rose on Monday.\n", "Senior economists"),
    ("Dunmore Gazette editorial: The council must publish the audit\nBody text here.\n", "Dunmore Gazette editorial"),
])
def test_a_speaker_or_a_named_owner_before_a_line_colon_stays(nlp, text, source):
    assert [a.source.text for a in records(nlp, text, ":")] == [source]


@pytest.mark.parametrize("words, label", [
    ("Letters", True), ("Company blog", True), ("Guest column", True), ("Questions & answers", True),
    ("Government sources", False), ("Senior economists", False), ("The mayor", False),
])
def test_a_label_is_a_kind_of_text_no_role(words, label):
    assert label_text(words, lexicon().line_labels) is label


# ---------------------------------------------------------------- a page's own questions and answers


FAQ = ("Trail Stove 2\n\n"
       "\"Boiled water in four minutes at altitude.\" \u2014 Marco T.\n\n"
       "Frequently asked questions\n\n"
       "Q: Does it work with butane canisters?\n\n"
       "A: Yes, with the adapter in the box. A spokesman for Fellrun said a larger adapter is planned.\n\n"
       "Q: Is there a warranty?\n\n"
       "A: Two years, from the date of purchase.\n")


def test_an_faq_answer_label_is_no_speaker(nlp):
    found = records(nlp, FAQ)
    assert records(nlp, FAQ, ":") == []
    assert [(a.source.text, contents(a)) for a in found if a.cue.text == "said"] == [
        ("A spokesman for Fellrun", ["a larger adapter is planned"])]


def test_an_interview_answer_label_stays_the_interviewee(nlp):
    text = ("Harbourmaster Lucia Brandt has run the port for a decade. We asked her about the new berths.\n\n"
            "Q: Will the berths be ready this year?\n\n"
            "A: They will be ready in October, and the cranes will follow in spring.\n\n"
            "Q: What about the fishermen?\n\n"
            "A: They keep their moorings.\n")
    assert {a.speaker for a in records(nlp, text, ":")} == {"Lucia Brandt"}


# ---------------------------------------------------------------- a heading's cue and the quotation below it


def test_a_heading_with_a_cue_takes_no_quotation_below_it(nlp):
    text = ("Our cottages\n\nWe have four cottages by the river.\n\n"
            "What our readers say\n\n"
            "\"The quietest week we have had in years. The breakfasts were superb.\"\n\n"
            "\"Clean, warm and friendly,\" one visitor wrote.\n")
    found = records(nlp, text)
    assert not [a for a in found if a.source is not None and a.source.text == "our readers"]
    assert [(a.source.text, contents(a)) for a in records(nlp, text, "wrote")] == [
        ("one visitor", ["Clean, warm and friendly"])]


def test_a_cue_line_closed_by_a_colon_still_takes_the_quotation_below(nlp):
    text = "The mayor told the council on Monday:\n\n\"We will rebuild the library before winter.\"\n"
    assert [(a.speaker, contents(a)) for a in records(nlp, text, "told")] == [
        ("mayor", ["We will rebuild the library before winter"])]


# ---------------------------------------------------------------- a title before a name


def test_a_trade_title_run_into_a_headline_name_is_no_part_of_it(nlp):
    text = ("Sommelier Ines Aragon opens a wine bar in Leith\n\n"
            "Ines Aragon, who trained in Porto, said the bar would open in May. Aragon said prices would be low.\n")
    assert {a.speaker for a in records(nlp, text, "said")} == {"Ines Aragon"}


def test_a_body_and_a_title_before_a_name_after_the_cue_are_no_part_of_it(nlp):
    text = "\"We build tools for plumbers, not for accountants,\" said Brightwell co-founder Tomas Reyes."
    assert [a.speaker for a in records(nlp, text, "said")] == ["Tomas Reyes"]


@pytest.mark.parametrize("text, speaker", [
    ("A lawyer for Miriam Cole said the appeal would be filed on Monday.", "Miriam Cole"),
    ("The man who sued Miriam Cole said the appeal would be filed on Monday.", "Miriam Cole"),
])
def test_a_phrase_of_its_own_before_a_name_is_someone_else(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text, "said")] != [speaker]


def test_a_first_name_before_a_name_is_no_title(nlp):
    text = "Mary Ann Fielding said the school would stay open."
    assert [a.speaker for a in records(nlp, text, "said")] == ["Mary Ann Fielding"]


# ---------------------------------------------------------------- a quantifier floated after its subject


@pytest.mark.parametrize("text, source", [
    ("The ministers all said the vote was rigged.", "The ministers"),
    ("We all know the vote was rigged.", "We"),
    ("The survey, the regulator and two engineers all say the dam is sound.",
     "The survey, the regulator and two engineers"),
    ("The builder's drawings, the council and a retired surveyor all say the wall is safe.",
     "The builder's drawings, the council and a retired surveyor"),
    ("Nadia Fox and Owen Tull both said the vote was rigged.", "Nadia Fox and Owen Tull"),
    ("The landlord and the tenants each said the repairs were overdue.", "The landlord and the tenants"),
])
def test_a_floating_quantifier_leaves_its_subject_the_source(nlp, text, source):
    assert [a.source.text for a in records(nlp, text) if a.parent is None] == [source]


@pytest.mark.parametrize("text, source", [
    ("All said the vote was rigged.", "All"),
    ("Teachers from both schools said the vote was rigged.", "Teachers from both schools"),
])
def test_a_quantifier_opening_its_subject_or_an_object_stays(nlp, text, source):
    assert [a.source.text for a in records(nlp, text) if a.parent is None] == [source]


def test_both_are_the_two_people_just_named(nlp):
    text = ("Councillor Rhona Beck opened the fair on Saturday beside the novelist Imran Qureshi. "
            "Both said the library must stay open.")
    assert [a.speaker for a in records(nlp, text, "said")] == ["Rhona Beck and Imran Qureshi"]


def test_both_with_one_person_named_stays_unresolved(nlp):
    text = "Rhona Beck opened the fair on Saturday. Both said the library must stay open."
    assert [a.speaker for a in records(nlp, text, "said")] != ["Rhona Beck and Rhona Beck"]
