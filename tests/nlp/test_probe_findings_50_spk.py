"""Speakers of the fiftieth session (helper spk), found by writing twelve short articles
(``probe_articles_50_spk``) with a joint statement then 'Both' and 'the two leaders', an
interpreter, a lawyer and her client, a married title, ranks and clergy, Arabic names, sports
roles, a signed letter, a protester who gave only her first name, a firm and its unnamed
spokeswoman, a writer's 'I' and two men of one paragraph, and the expected speaker of every report.

'The two leaders', 'Both men' are the two people just named, as 'Both' is (``both_people``; a
role such as 'both candidates' only where a plural pronoun would stand for a pair named together).
'One of the protesters, who gave only her first name, Lina' is Lina (``speakers``), 'The landlord,
Greyfield Estates' the firm, whatever entity type the NER gave the name, and "the hosts' captain"
the captain named before ('host', 'visitor' in ``role_modifiers.txt``). Every name and sentence is
made up."""

from __future__ import annotations

import pytest
from probe_articles_50_spk import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Ana Ruiz met Lea Holm on Monday. The two women said the talks went well.", "The two women", "Ana Ruiz and Lea Holm"),
    ("Tom Berg and Ed Lund signed the pact on Friday. Both men said it was fair.", "Both men", "Tom Berg and Ed Lund"),
])
def test_the_two_people_named_before_a_noun_for_people(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


@pytest.mark.parametrize(("text", "source"), [
    # things and bodies are no pair of people
    ("Ana Ruiz met Lea Holm on Monday. Both sides said the talks went well.", "Both sides"),
    ("Ana Ruiz met Lea Holm on Monday. The two companies said the talks went well.", "The two companies"),
])
def test_no_pair_of_people_for_things_or_bodies(nlp, text, source):
    assert " and " not in (dict(_speakers(nlp, text))[source] or "")


def test_a_role_is_no_pair_with_whoever_spoke_last(nlp):
    text = ('Ana Ruiz and Lea Holm are running for mayor. "Ruiz will win," said voter Tom Green. '
            "Both candidates said the poll was wrong.")
    assert "Tom Green" not in (dict(_speakers(nlp, text))["Both candidates"] or "")


def test_one_of_a_group_named_by_a_clause(nlp):
    text = "One of the nurses, who gave only his first name, Omar, said the ward was full."
    assert dict(_speakers(nlp, text))["One of the nurses, who gave only his first name, Omar"] == "Omar"


def test_one_of_a_group_named_by_no_one(nlp):
    assert dict(_speakers(nlp, "One of the protesters said she was cold."))["One of the protesters"] == "One of the protesters"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("The landlord, Greyfield Estates, said it planned to sell.", "The landlord, Greyfield Estates", "Greyfield Estates"),
    # a person set beside the same noun stays the person
    ("The landlord, Tom Green, said he would sell.", "The landlord, Tom Green", "Tom Green"),
])
def test_a_body_beside_a_role_whatever_the_ner_called_it(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_the_firm_set_beside_a_role_is_the_company_after(nlp):
    text = "The landlord, Greyfield Estates, said it planned to sell. The company said it had made an offer."
    assert dict(_speakers(nlp, text))["The company"] == "Greyfield Estates"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Kingsmere captain Joel Nkemelu scored first. The hosts' captain said his team should have won.",
     "The hosts' captain", "Joel Nkemelu"),
    ("Ashdown manager Paul Strand was proud. The visiting manager said the draw felt like a win.",
     "The visiting manager", "Paul Strand"),
])
def test_a_side_in_a_match_is_no_other_role(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_another_clubs_captain_is_not_the_one_named(nlp):
    text = "Kingsmere captain Joel Nkemelu scored first. The Ashdown captain said his team should have won."
    assert dict(_speakers(nlp, text))["The Ashdown captain"] != "Joel Nkemelu"
