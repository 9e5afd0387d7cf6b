"""Speakers that are organisations, of the sixty-first session (helper M), found by writing
twenty-eight short articles (``probe_bodies_61``): bodies named with their initials and then by
their kind ('the agency', 'the regulator', 'the ministry'), seats of government speaking for one,
spokespeople, 'the company' or 'the charity' after two bodies were named, bodies renamed in the
story, subsidiaries and coalitions, each record's speaker marked by hand.

Fixed here: initials that keep their links in lower case ('the Ministry of Defence (MoD) ... The
MoD said', 'DfE', 'DoJ'), and a name the NER took whole with its initials ('Department of Justice
(DoJ)'), are the body's name (``short_names``; a one-word 'MoD' tagged a plural noun is a name);
'the charity' is the body the article introduced as 'the charity X', not another that merely fits
any body's noun and spoke since (``body_nouns.called_so``); and a body's former name ('Brightwell
Energy, formerly known as Northgate Power', 'Orvell Insurance, now known as Kestrel Mutual',
'Tarrant Chemicals, which renamed itself Verdant Materials') is the body under its current name
(``former_names``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_bodies_61 import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks

from sourcebook.nlp.attribution.former_names import former_names

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Ministry of Defence (MoD) said it would buy fewer tanks. The MoD said the money would go on drones.",
     "Ministry of Defence"),
    ("The Department for Education (DfE) said the trust would take over. The DfE said parents would be told.",
     "Department for Education"),
    ("The Department of Justice (DoJ) said on Monday it would appeal. The DoJ said the ruling was wrong.",
     "Department of Justice"),
])
def test_initials_with_their_links_in_lower_case(nlp, text, speaker):
    assert [s for _, s in _speakers(nlp, text)] == [speaker, speaker]


def test_the_body_introduced_by_the_noun(nlp):
    text = ("Shelters in the valley are full, the charity Homeward Trust said on Friday.\n\n"
            "The Ridgeway Landlords' Association said its members had offered 40 rooms. The group said more would follow.\n\n"
            "Homeward Trust's director, Ola Brandt, said demand had tripled.\n\n"
            "The charity said it would open a night shelter in March.")
    assert _speakers(nlp, text)[-1][1] == "Homeward Trust"


def test_a_body_noun_with_no_body_introduced_by_it(nlp):
    text = ("The Ridgeway Landlords' Association said its members had offered 40 rooms.\n\n"
            "The Valley Tenants' Association said rents had doubled.\n\nThe group said it would meet the council.")
    assert _speakers(nlp, text)[-1][1] == "Valley Tenants' Association"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Brightwell Energy, formerly known as Northgate Power, was fined on Monday. Northgate Power said it would appeal.",
     "Brightwell Energy"),
    ("Halden Logistics, previously called Tarn Freight, cut 200 jobs. Tarn Freight said the market had collapsed.",
     "Halden Logistics"),
    ("Orvell Insurance, now known as Kestrel Mutual, was fined on Monday. Orvell Insurance said it would appeal.",
     "Kestrel Mutual"),
    ("Tarrant Chemicals, which renamed itself Verdant Materials last year, said it would close its plant.",
     "Verdant Materials"),
])
def test_a_body_under_its_former_name_is_the_body_now(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "names"), [
    ("Halden Logistics (formerly Tarn Freight) cut jobs.", {"Tarn Freight": "Halden Logistics"}),
    ("On Monday Brightwell Energy, formerly Northgate Power, said", {"Northgate Power": "Brightwell Energy"}),
    # a role, an age or a past no name stands for
    ("Ann Hale, now the party's nominee, said", {}),
    ("Tom Hale, now 70, said", {}),
    ("The senator, once a Republican, said", {}),
])
def test_former_names(text, names):
    assert former_names(text) == names
