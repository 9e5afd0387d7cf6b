"""Titles, honorifics and offices written before a name (thirty-second session): Ghanaian
honorifics ('Nana', 'Opanin'), titles written short ('Eng.', 'Const.') and an office named with
'for' or 'of' opening with an office written short ('MEC for Education'). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- honorifics before a full name


@pytest.mark.parametrize("honorific", ["Nana", "Opanin", "Togbe"])
def test_a_ghanaian_honorific_is_no_part_of_the_name_and_he_finds_its_bearer(nlp, honorific):
    text = f'"The streams are poisoned," {honorific} Yaw Darko said. He said the elders would meet on Friday.'
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Yaw Darko", "person"), ("Yaw Darko", "person")]


@pytest.mark.parametrize("honorific", ["Mr", "Dr"])
def test_the_known_honorifics_still_resolve_he(nlp, honorific):
    text = f'"The streams are poisoned," {honorific} Yaw Darko said. He said the elders would meet on Friday.'
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Yaw Darko", "person"), ("Yaw Darko", "person")]


def test_nana_as_a_grandmother_is_untouched(nlp):
    text = "My nana said the war was hard."
    found = records(nlp, text, "said")
    assert [(a.source.text, contents(a)) for a in found] == [("My nana", ["the war was hard"])]


# ---------------------------------------------------------------- titles written short


def test_eng_does_not_end_the_sentence_before_the_name(nlp):
    text = ('Ministry director Eng. Samuel Okello blamed the delays on contractors. '
            '"We have paid every invoice," Eng. Okello told the committee.')
    found = records(nlp, text)
    assert [(a.cue.text, a.source.text, a.speaker, contents(a)) for a in found] == [
        ("blamed", "Ministry director Eng. Samuel Okello", "Samuel Okello", ["the delays on contractors"]),
        ("told", "Eng. Okello", "Samuel Okello", ["We have paid every invoice"])]


def test_a_constable_written_short_stays_a_person(nlp):
    text = "Const. Marie Tremblay said the search would resume at dawn."
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind, contents(a)) for a in found] == [
        ("Marie Tremblay", "person", ["the search would resume at dawn"])]


# ---------------------------------------------------------------- an office named with 'for' or 'of'


@pytest.mark.parametrize("text, speaker", [
    ("MEC for Education Ms Nomvula Sigcawu announced the figures on Tuesday.", "Nomvula Sigcawu"),
    ("MEC for Health Dr Sipho Ndlovu announced the figures on Tuesday.", "Sipho Ndlovu"),
])
def test_an_office_written_short_before_a_name_is_a_title(nlp, text, speaker):
    found = records(nlp, text, "announced")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "person")]


@pytest.mark.parametrize("text, speaker", [
    ("Leader of the Opposition Mark Golding said the budget had failed.", "Mark Golding"),
    ("Minister of State for Housing Darragh Quinlan said the scheme would grow.", "Darragh Quinlan"),
])
def test_offices_in_full_still_name_the_person(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "person")]


def test_a_body_named_with_of_stays_a_body(nlp):
    text = "The Bank of England said inflation would fall."
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Bank of England", "organisation")]


# ---------------------------------------------------------------- a role, then a titled name, then a body


def test_a_name_set_beside_a_title_set_beside_a_role_is_the_person(nlp):
    text = ("The Greens voted against. Its shadow rapporteur, German MEP Ulrike Brandstätter, warned that the vote "
            "was rushed.")
    found = records(nlp, text, "warned")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Ulrike Brandstätter", "person")]


def test_a_name_beside_a_role_still_names_the_person(nlp):
    text = "The union objected. Its general secretary, Paul Nowak, said the plan would cost jobs."
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Paul Nowak", "person")]


def test_a_person_who_works_at_a_body_is_no_body(nlp):
    text = "Marta Ilundain, a campaigns officer at the Clean Seas Alliance, said the ban was overdue."
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Marta Ilundain", "person")]


@pytest.mark.parametrize("text, speaker", [
    ("Save Our Meadow, a residents' group in Derby, said the plan was rushed.", "Save Our Meadow"),  # (a description before)
    ("Spotlight on Corruption, a watchdog group, said the rules were weak.", "Spotlight on Corruption"),
    ("Clean Rivers Trust, a charity based in Bristol, said the water was unsafe.", "Clean Rivers Trust"),
])
def test_a_body_described_by_its_kind_is_a_body(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "organisation")]
