"""Patterns of the thirty-seventh session (helper F2): a source whose words or name ran into what is
no part of it. A fronted adverbial before a group set beside no name ('In Lyon, a group of
nurses said'); a clause of another verb the parser hid the cue's subject in (a past tense read
as a modifier after a name's possessive, a headline's object read as a participle's subject, a
headline's first verb read as a plural noun: ``swallowed``); an honorific-like word inside a
person's name ('Omar Sheikh Abdullahi'), a body's name run on to the preposition before a time
('Hope Across Borders on Saturday') and a person's name run on to the body after 'of' ('Megan
Castillo of Orrin & Pratt', an ORG: ``name_parts``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _pairs(nlp, text, cue="said"):
    return [(a.source.text if a.source is not None else None, a.speaker) for a in records(nlp, text, cue)]


@pytest.mark.parametrize("text, source, speaker", [
    ("Opinions differed. In Dunmore, a group of bakers said in a letter that the tax was unfair.",
     "a group of bakers", "group of bakers"),
    ("Few were pleased. On Friday, a coalition of tenants said the rents had doubled.",
     "a coalition of tenants", "coalition of tenants"),
])
def test_a_fronted_adverbial_is_no_part_of_the_source(nlp, text, source, speaker):
    assert _pairs(nlp, text) == [(source, speaker)]


def test_a_name_set_beside_the_group_still_opens_the_source(nlp):
    text = "The vote was close. Clean Rivers Now, a campaign group, said the ruling was a victory."
    assert [s for _, s in _pairs(nlp, text)] == ["Clean Rivers Now"]


@pytest.mark.parametrize("text, cue, speaker", [
    ("Ratings agency Fitch lowered Calder's credit rating on Monday, saying the debt load had become unsustainable.",
     "saying", "Fitch"),
    ("Fitch lowered Calder's credit rating on Monday, saying the debt load had become unsustainable.",
     "saying", "Fitch"),
])
def test_a_past_tense_read_as_a_modifier_leaves_the_name_before_it(nlp, text, cue, speaker):
    found = records(nlp, text, cue)
    assert [a.speaker for a in found] == [speaker]
    assert found[0].source is not None and "lowered" not in found[0].source.text


def test_a_headlines_first_verb_read_as_a_noun_is_no_part_of_the_source(nlp):
    text = "Brennmoor Textiles files for insolvency, blames cheap imports"
    assert _pairs(nlp, text, "blames") == [("Brennmoor Textiles", "Brennmoor Textiles")]


def test_a_headlines_object_is_no_participles_subject(nlp):
    text = "Danish Kobbervik Wind delays IPO citing weak demand"
    assert [s for _, s in _pairs(nlp, text, "citing")] == ["Danish Kobbervik Wind"]


def test_a_participle_of_the_verbs_own_subject_stays(nlp):
    text = "The union rejected the offer on Monday, saying it was too low."
    assert [s for _, s in _pairs(nlp, text, "saying")] == ["union"]


@pytest.mark.parametrize("text, full", [
    ('Nurse Halima Sheikh Nur, who works at the camp, said the wells had dried up. "We ration water," she said.',
     "Halima Sheikh Nur"),
    ("The mayor of Baidoa, Yusuf Haji Warsame, said the road was closed. Warsame said he would reopen it.",
     "Yusuf Haji Warsame"),
])
def test_an_honorific_inside_a_name_is_part_of_it(nlp, text, full):
    speakers = [a.speaker for a in records(nlp, text)]
    assert speakers and all(s == full for s in speakers)


def test_an_honorific_before_a_name_stays_a_title(nlp):
    text = "Sheikh Abdirahman Farah, a cleric in the town, said the mosque would shelter families."
    assert [s for _, s in _pairs(nlp, text)] == ["Abdirahman Farah"]


def test_a_bodys_name_does_not_run_on_to_a_preposition_before_a_time(nlp):
    text = ("Thieves emptied a depot run by the charity Bread Before Borders on Tuesday morning, "
            "the organization said Wednesday.")
    assert [s for _, s in _pairs(nlp, text)] == ["Bread Before Borders"]


def test_a_persons_name_does_not_run_on_to_the_body_after_of(nlp):
    text = ("Another economist, Lena Hartwig of Brandt & Morrow, was less worried, saying the slowdown "
            "reflected seasonal effects.")
    found = records(nlp, text, "saying")
    assert [(a.speaker, a.affiliation) for a in found] == [("Lena Hartwig", "Brandt & Morrow")]


def test_a_bodys_name_opening_like_a_person_stays_whole(nlp):
    text = "Regional lender Bank of Tavistock said the merger would close in June."
    assert [s for _, s in _pairs(nlp, text)] == ["Bank of Tavistock"]
