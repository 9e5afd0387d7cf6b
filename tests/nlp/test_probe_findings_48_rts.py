# ruff: noqa: E501  (a transcript's turn is one line, as a page has it)
"""Red-team of the forty-eighth session's speaker and labelled-turn rules (helper rts), found by
writing news passages and transcripts that come near them: a headline's role and a lede, a role
beside a bare surname, a court's 'Q.'/'A.' lines, a poll's 'A. Yes' list, a line opening with
'U.S.' or 'Dr.', a speaker's name with a bracketed role.

A headline's epithet ('Minister slams blockade') is not the lede's subject when that person has a
role of their own that is another ('Farmer Joel Pike led ...'), nor when the lede is a Q-and-A's
labelled line ('Q. Will fees rise?') (``headline_epithets``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import found_report, records


def _speaker_of(nlp, text, source):
    found = [r.speaker for r in records(nlp, text) if r.source is not None and r.source.text == source]
    assert found, [(r.source.text if r.source else None, r.speaker) for r in records(nlp, text)]
    return found[0]


@pytest.mark.parametrize(("text", "source", "not_speaker"), [
    # the lede's subject is a farmer, not the minister of the headline
    ("Minister slams farmers' blockade\n\nFarmer Joel Pike led hundreds of tractors onto the motorway on Monday.\n"
     "The minister said the blockade was illegal.\n", "The minister", "Joel Pike"),
    # the lede's subject is the transport chief, not the mayor
    ("The mayor on parking\n\nTessa Crane, the city's transport chief, answered readers' questions this week.\n"
     "The mayor said later that the review would start in June.\n", "The mayor", "Tessa Crane"),
    # the first line after the headline is a question put, no lede
    ("The mayor on parking\n\nQ. Will fees rise?\nA. They will not rise this year, but we will review them.\n"
     "Q. What about residents?\nA. Residents will keep their permits.\n\n"
     "The mayor said later that the review would start in June.\n", "The mayor", "Q. Will"),
    # a judge who jails is not the one jailed
    ("Judge jails striker for reckless driving\n\nDominic Harrow was jailed for eight months on Friday after crashing his car.\n"
     "\"You could have killed someone,\" the judge said.\n", "the judge", "Dominic Harrow"),
    # two people in the lede: neither
    ("Veteran striker signs new deal\n\nCarl Benning and Ossie Marr have both agreed new contracts with the club.\n"
     "The veteran striker said he was delighted to stay.\n", "The veteran striker", "Carl Benning"),
])
def test_a_headline_role_is_not_a_lede_subject_with_another_role(nlp, text, source, not_speaker):
    assert _speaker_of(nlp, text, source) != not_speaker


def test_a_headline_epithet_still_names_the_lede_subject_with_no_other_role(nlp):
    text = ("Veteran striker signs new deal\n\nCarl Benning has agreed a two-year contract with the club, it said on Monday.\n"
            "The veteran striker said he was delighted to stay.\n")
    assert _speaker_of(nlp, text, "The veteran striker") == "Carl Benning"


def test_a_surname_role_in_a_list_is_the_right_persons(nlp):
    text = ("Diane Fairweather and George Okoro spoke at the meeting.\n"
            "Okoro, a teacher, and Fairweather, a nurse, both opposed the closure.\n\"The wards are full,\" the nurse said.\n")
    assert _speaker_of(nlp, text, "the nurse") == "Diane Fairweather"


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a paragraph opening with an abbreviation keeps its report whole
    ("Talks stall over tariffs\n\nNegotiators failed to reach a deal on Tuesday.\n\nU.S. officials said the talks would resume next week.\n",
     "said", "U.S. officials", "the talks would resume next week"),
    ("Talks stall over tariffs\n\nNegotiators failed to reach a deal on Tuesday.\n\nDr. Ames said the delay would hurt farmers.\n",
     "said", "Dr. Ames", "the delay would hurt farmers"),
    ("Talks stall over tariffs\n\nNegotiators failed to reach a deal.\nSt. Mary's Hospital said it had treated three people.\n",
     "said", "St. Mary's Hospital", "it had treated three people"),
])
def test_a_line_opening_with_an_abbreviation_keeps_its_report(nlp, text, cue, source, content):
    assert found_report(records(nlp, text), cue, source, content)


def test_a_poll_list_in_an_article_is_no_turn(nlp):
    text = ("Readers weigh in on the bypass\n\nWe asked readers whether the council should build the new bypass.\n\n"
            "Should the bypass be built?\nA. Yes, as soon as possible\nB. No, never\nC. Not sure\n\n"
            "Councillor Fenna Lowe said the vote showed strong support.\n")
    found = records(nlp, text)
    assert not [r for r in found if r.cue is not None and r.cue.text in (":", ".")]
    assert found_report(found, "said", "Councillor Fenna Lowe", "the vote showed strong support")


def test_capital_headings_of_an_explainer_are_no_speakers(nlp):
    text = ("Council budget explained\n\nTHE BACKGROUND: The council voted in 2019 to freeze the rates for five years.\n\n"
            "THE BOTTOM LINE: Residents will pay about 40 pounds more a year.\n")
    assert not [r for r in records(nlp, text) if r.cue is not None and r.cue.text == ":"]


def test_a_bracketed_role_in_a_vox_pop_closes_and_names_the_person(nlp):
    text = ("What shoppers think of the new market\n\nMary Quinn, retired nurse: The stalls are too expensive for most of us.\n"
            "Peter Lowe (student): I come every week for the coffee.\n")
    assert _speaker_of(nlp, text, "Peter Lowe (student)") == "Peter Lowe"
    assert _speaker_of(nlp, text, "Mary Quinn, retired nurse") == "Mary Quinn"
