"""Speaker kinds found in the thirty-third session: a given name alone after a person's role or
kin noun ('Crane operator Ryan', 'Uncle Kofi'), a firm's first word standing for the firm named
before ('Coldbrook said' after 'Coldbrook Energy Partners'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ---------------------------------------------------------------- a given name after a role


@pytest.mark.parametrize("text, speaker", [
    ("Crane operator Ryan said the wind was too strong.", "Ryan"),
    ("Ward sister Aoife said colleagues were exhausted.", "Aoife"),
    ("Uncle Kofi said the price was respectable.", "Kofi"),
    ("Machine operator Declan said the line had stopped twice.", "Declan"),
])
def test_a_given_name_after_a_role_or_kin_noun_is_a_person(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "person")]


@pytest.mark.parametrize("text, speaker, kind", [
    ("Software maker Tessaly said it would cut jobs.", "Tessaly", "organisation"),
    ("Mobile operator Orange said it would raise prices.", "Orange", "organisation"),
    ("Builder Tom Rudge said the site was unsafe.", "Tom Rudge", "person"),
    ("King Charles said the nation was grieving.", "Charles", "person"),
])
def test_a_firm_after_its_trade_and_a_full_name_keep_their_kinds(nlp, text, speaker, kind):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, kind)]


# ---------------------------------------------------------------- a firm by its first word


@pytest.mark.parametrize("text, speaker", [
    ("Coldbrook Energy Partners disclosed a subpoena. Coldbrook said it was cooperating.",
     "Coldbrook Energy Partners"),
    ("Shares fell after short seller Graywater Research published a report. Graywater said the figures were inflated.",
     "Graywater Research"),
])
def test_a_firms_first_word_is_the_firm_named_before(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ("Hillary Clinton spoke. The Clinton Foundation said it had raised money. Clinton said she was proud.",
     "Hillary Clinton"),
    ("Torvane Industries cut jobs. Workers in Torvane said they were angry.", "Workers in Torvane"),
])
def test_a_surname_or_a_place_sharing_a_firms_first_word_is_not_the_firm(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert found[-1].speaker == speaker


def test_a_first_word_two_bodies_share_is_neither(nlp):
    text = ("Meridian News will cut 120 jobs. The Meridian Guild said it had not been consulted. "
            "Meridian's newsroom has shrunk. The company warned that more cuts would follow.")
    found = records(nlp, text, "warned")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("Meridian News", "organisation")]
