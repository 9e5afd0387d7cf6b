"""Patterns found in the thirty-fourth session: who a pronoun or a description stands for (a
surname the parser read as a noun, a person a quotation described, a body or group called by its
head noun alone, a name a source's clause or a comma gives, a count of a group, the court that
acted rather than the one that made what it acted on). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speakers(nlp, text, cue="said"):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- a surname read as a noun


def test_a_surname_the_parser_read_as_a_noun_is_the_person_named_last(nlp):
    text = ("Inmate freed after six years\n\nJerome Banks spent six years in solitary. Raymond Oakes declined to "
            "comment. Banks was released in 2021. He misses his family, he said.")
    assert _speakers(nlp, text) == [("Jerome Banks", "person")]


def test_a_plural_noun_opening_a_sentence_is_no_surname(nlp):
    text = ("Lenders tighten rules\n\nJerome Banks runs a small bakery in Dorwich. Raymond Oakes declined to comment. "
            "Banks have tightened their lending rules. He needs a loan, he said.")
    assert _speakers(nlp, text) == [("Raymond Oakes", "person")]


# ---------------------------------------------------------------- a person a quotation described


@pytest.mark.parametrize("text, speaker", [
    ("Families wait at the mine\n\nDeputy Minister Pavel Orlin spoke to reporters. \"My son called me at midnight,\" "
     "said Galina Sorova. \"He said the foreman would not let anyone leave.\"", "Galina Sorova's son"),
    ("Families wait at the mine\n\nDeputy Minister Pavel Orlin spoke to reporters. \"My daughter called me at "
     "midnight,\" said Ivan Sorov. \"She said the foreman would not let anyone leave.\"", "Ivan Sorov's daughter"),
    ("Families wait at the mine\n\nDeputy Minister Pavel Orlin spoke to reporters. \"My son called me at midnight. "
     "He said the foreman would not let anyone leave,\" said Galina Sorova.", "Galina Sorova's son"),
])
def test_a_pronoun_after_my_noun_in_the_speakers_quotation_is_that_speakers_relative(nlp, text, speaker):
    nested = [a for a in records(nlp, text, "said") if a.parent is not None]
    assert [(a.speaker, a.speaker_kind) for a in nested] == [(speaker, "description")]


def test_a_pronoun_in_a_quotation_with_no_one_described_stays_as_it_was(nlp):
    text = ("Families wait at the mine\n\nDeputy Minister Pavel Orlin spoke to reporters. \"The mine is safe,\" "
            "Orlin said. \"He said nobody would be hurt,\" said Galina Sorova.")
    nested = [a for a in records(nlp, text, "said") if a.parent is not None]
    assert [a.speaker for a in nested] == ["Pavel Orlin"]


# ---------------------------------------------------------------- a body or group by its head noun


@pytest.mark.parametrize("text, speaker", [
    ("Budget to pass\n\nGovernment sources said the package would be approved next week. The budget would be financed "
     "by reserves, the sources said.", ("Government sources", "group")),
    ("Fire kills eleven\n\nEleven residents died in the fire, the regional rescue service said. Firefighters arrived "
     "within eight minutes, the service said.", ("regional rescue service", "organisation")),
    ("Review published\n\nThe Northmere Safeguarding Partnership met on Monday. The partnership said an action plan "
     "would be published.", ("Northmere Safeguarding Partnership", "organisation")),
])
def test_a_source_by_its_head_noun_alone_is_the_fuller_one_before(nlp, text, speaker):
    assert _speakers(nlp, text)[-1] == speaker


def test_a_source_that_says_more_than_its_head_noun_stays_as_written(nlp):
    text = ("Budget to pass\n\nGovernment sources said the package would be approved next week. The budget would be "
            "financed by reserves, opposition sources said.")
    assert _speakers(nlp, text)[-1] == ("opposition sources", "group")


def test_a_role_for_a_body_by_its_noun_names_the_body(nlp):
    text = ("Network detects blast\n\nThe CTBTO runs more than 300 monitoring stations. A spokesperson for the "
            "organization said the network detected the blast.")
    assert _speakers(nlp, text) == [("spokesperson for CTBTO", "description")]


def test_a_role_for_a_body_by_name_stays_as_written(nlp):
    text = ("Network detects blast\n\nThe CTBTO runs more than 300 monitoring stations. A spokesperson for the CTBTO "
            "said the network detected the blast.")
    assert _speakers(nlp, text) == [("spokesperson for the CTBTO", "description")]


# ---------------------------------------------------------------- a name a clause or a comma gives


def test_a_first_name_given_in_the_sources_clause_is_the_speaker(nlp):
    text = ("Ferry crew criticised\n\nAnother passenger, who gave only his first name, Karim, said crew members had "
            "handed out life jackets late.")
    assert _speakers(nlp, text) == [("Karim", "person")]


def test_a_name_given_as_stays_the_speaker(nlp):
    text = ("Ferry crew criticised\n\nAnother passenger, who gave his name only as Karim, said crew members had "
            "handed out life jackets late.")
    assert _speakers(nlp, text) == [("Karim", "person")]


def test_one_of_them_with_a_name_after_a_comma_is_that_person(nlp):
    text = ("Ferry crew criticised\n\nDozens of passengers waited on the quay. \"We waited for hours,\" said one of "
            "them, Keisha Dunn, 28.")
    assert _speakers(nlp, text) == [("Keisha Dunn", "person")]


def test_one_of_them_with_no_name_stays_one_of_the_group(nlp):
    text = "Ferry crew criticised\n\nDozens of passengers waited on the quay. \"We waited for hours,\" one of them said."
    assert _speakers(nlp, text) == [("one of the passengers", "description")]


# ---------------------------------------------------------------- a count of a group


@pytest.mark.parametrize("text, speaker", [
    ("College to close\n\nInstructors learned of the closure by email, two of them said.", "two of the instructors"),
    ("Evacuation criticised\n\nResidents were evacuated overnight. Two of them said the alarm never sounded.",
     "two of the residents"),
])
def test_a_count_of_them_is_that_many_of_the_group(nlp, text, speaker):
    assert _speakers(nlp, text) == [(speaker, "group")]


def test_a_count_of_no_group_is_no_speaker(nlp):
    text = "College to close\n\nThe college will close in June, two of them said."
    assert _speakers(nlp, text) == [(None, "unknown")]


# ---------------------------------------------------------------- the court that acted


def test_the_court_is_the_one_that_acted_not_the_maker_of_what_it_acted_on(nlp):
    text = ("Plaintiff wins appeal\n\nThe High Court overturned a 2022 ruling by the District Court. \"Today, the "
            "court finally recognized that I was wronged,\" the plaintiff said.")
    nested = [a for a in records(nlp, text) if a.parent is not None]
    assert [a.speaker for a in nested] == ["High Court"]


def test_the_court_named_last_as_a_subject_stays_the_court(nlp):
    text = ("Plaintiff wins appeal\n\nThe High Court heard the appeal in May. The District Court later upheld the "
            "ruling. \"Today, the court finally recognized that I was wronged,\" the plaintiff said.")
    nested = [a for a in records(nlp, text) if a.parent is not None]
    assert [a.speaker for a in nested] == ["District Court"]
