"""Speakers of the fifty-ninth session (helper C), found by writing sixteen short articles
(``probe_speakers_59``) in name shapes of many cultures, bodies with acronyms, outlets, firms,
roles named later, 'the former' and 'the latter', and 'they' for two people, each record's
speaker marked by hand (109 of 126 right before, 116 after).

Fixed here: a short form from inside a full name is that person ('Ruiz' for Ana Belén Ruiz
Castaño, whom the NER tagged no person; 'Bin Nasser' for Khalid bin Nasser al-Sabri), and so is the
full name in the other order ('Jae-won Kim' after Kim Jae-won, tagged a body; ``inner_surnames``);
a bare body noun is the body the sentences before named with it where it was no source ("Donald
Trump's campaign is making X. The campaign said": fifteen sources of PolNeAR train stayed 'campaign',
three now name the owner named close before, as 'the memo' and 'the legislation' do; "St
Cuthbert's Hospital had kept two lists ... The hospital said";
``owned_mentions``); and a headline's role is the person its lede's same role is named as later
('Airport spokeswoman defends X' / 'A spokeswoman for ... said' / 'The spokeswoman, Dana
Kettleby,'; ``headline_roles``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks
from probe_speakers_59 import ARTICLES, KNOWN, SPEAKERS

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rosa María Vidal Ferrer, the mayor of Olmeda, opened the fair. Later, Vidal said the town would pay.",
     "Rosa María Vidal Ferrer"),
    ("The planning chief, Hamid bin Salem al-Rashidi, spoke first. Bin Salem said the market was unsafe.",
     "Hamid bin Salem al-Rashidi"),
    ("Park Min-seo chairs the board. Later, Min-seo Park said the vote would be held on Friday.", "Park Min-seo"),
])
def test_a_short_form_from_inside_a_full_name(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


def test_the_end_of_a_name_is_left_to_the_index(nlp):
    # (one of another sex bearing the surname alone: the index keeps her apart, and no inner part is asked)
    assert _speakers(nlp, "Donald Trump spoke first. Mrs. Trump said she was proud.")[-1][1] != "Donald Trump"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Marta Quell's campaign is buying its biggest round of ads. The campaign said the ads would run for a week.",
     "Marta Quell's campaign"),
    ("In an email thread with Quell's campaign, the paper asked about the ads, but the campaign would not answer. "
     "The campaign said it had nothing to add.", "Marta Quell's campaign"),
    ("St Aldhelm's Hospital kept two lists, the Courier reported. The hospital said the lists were drafts.",
     "St Aldhelm's Hospital"),
])
def test_a_bare_body_noun_after_its_owner_named(nlp, text, speaker):
    if "email" in text:
        text = "Marta Quell is running for governor. " + text
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    "Marta Quell is running for governor. His campaign began in May. The campaign said the ads would run for a week.",
    "Marta Quell is running for governor. A campaign by teachers began in May. The campaign said pay must rise.",
])
def test_a_bare_body_noun_after_no_named_owner_stays(nlp, text):
    assert "Quell" not in (_speakers(nlp, text)[-1][1] or "")


def test_a_headline_role_is_the_ledes_role_named_later(nlp):
    text = ("Port spokesman defends new fees\n\nA spokesman for Tarrow Port said on Monday that the fees were fair.\n\n"
            "The spokesman, Ilan Vesco, said the port had lost money for years.\n")
    assert [s for _, s in _speakers(nlp, text)][:2] == ["Ilan Vesco", "Ilan Vesco"]
