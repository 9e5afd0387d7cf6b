"""Speakers of the fifty-eighth session (helper C), found by writing sixteen short articles
(``probe_speakers_58``) dense in hard speaker shapes, each record's speaker marked by hand.

Fixed here: a surname the small model tags a verb is still the surname of the person named in
full before ('Carla Denning ... Denning said', 'Trump', 'Ebeling'; ``speakers``); 'the younger Mr
Bose' is the younger of the two men of that surname when a woman bears it too (``generations``);
initials stand for the one person whose name gives them ('RJM' for Robert James Maddox, 'AOC'),
and 'known as' after a role set beside the name gives a nickname ('X, the coach known to fans as
RJM,'; ``nicknames``); and a run of capitalised words ending in a plural trade noun with no given
name ('Porthmore Fish Canners said') is a firm, so 'It said' after it is that firm, and 'The
company said' paragraphs later too, though the NER tagged no firm (``untagged``). In PolNeAR
train, a bare epithet ('The candidate', 'The former secretary of State') with no one the two
sentences before make their subject or speaker is the one person the headline names
(``public_epithets``). A paragraph of quotation alone after a speaker's paragraph, no record's at
first, is a piece of the report before it (``quote_paragraphs``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks, top
from probe_speakers_58 import ARTICLES, KNOWN, NO_REPORT, SPEAKERS

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("name", "line", "speaker"), NO_REPORT)
def test_a_lone_quotation_paragraph_gets_its_speaker(parsed, name, line, speaker):
    # (a piece of the report before it, as PolNeAR gives such a paragraph: ``quote_paragraphs``)
    assert any(r.speaker == speaker and any(line.rstrip(".") in c.text for c in r.contents) for r in parsed[name])


@pytest.mark.parametrize(("text", "speaker"), [
    ("Carla Denning has denied giving a contract to a firm. Denning said she welcomed any inquiry.", "Carla Denning"),
    ("Tom Fleming left the firm in May. Later, Fleming said he welcomed any inquiry.", "Tom Fleming"),
])
def test_a_surname_tagged_a_verb(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Arun Bose and his son, Vikram Bose, run the estate. Vikram's wife, Meera Bose, said the family "
     "would settle it. The younger Mr Bose said he would buy his father's share.", "Vikram Bose"),
    ("Arun Bose and his son, Vikram Bose, run the estate. Vikram's wife, Meera Bose, said the family "
     "would settle it. The elder Mr Bose said he wanted to sell.", "Arun Bose"),
    ("Arun Bose and his son, Vikram Bose, run the estate. The younger Bose said he would buy his father's share.",
     "Vikram Bose"),
])
def test_the_younger_or_elder_titled(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rep. Alma Ortiz-Cruz spoke first. AOC said on Sunday that she had made the decision.", "Alma Ortiz-Cruz"),
    ("Robert James Maddox will leave the Harbour Hawks. RJM said on Sunday that he had made the decision.",
     "Robert James Maddox"),
    ("Robert Maddox, the basketball coach known to fans as Bobcat, will leave the Hawks. Bobcat said he was sad.",
     "Robert Maddox"),
])
def test_initials_and_a_nickname_after_a_role(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


def test_letters_no_one_has_stay_a_body(nlp):
    text = "Robert James Maddox will leave the Hawks. NATO said it agreed. The BBC said it was over."
    assert [s for _, s in _speakers(nlp, text)] == ["North Atlantic Treaty Organization", "British Broadcasting Corporation"]


def test_a_firm_named_by_a_plural_trade_and_it(nlp):
    text = ("Porthmore Fish Canners said on Monday it would close its plant at Kelby. "
            "It said the price of tin had doubled in two years.")
    speakers = [r.speaker for r in top(nlp, text)]
    assert speakers[0].endswith("Fish Canners") and speakers[1] == speakers[0]


def test_a_plural_surname_after_a_given_name_stays_a_person(nlp):
    text = "Maria Rivers chairs the board. Maria Rivers said the plant would close."
    assert _speakers(nlp, text)[-1][1] == "Maria Rivers"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Hale defends his tariff plan\n\nTom Hale spoke in Ohio on Monday. A video of the speech was posted online. "
     "The candidate also said he would cut fuel taxes.", "Tom Hale"),
    ("Ruiz rallies voters in Tucson\n\nAna Ruiz drew a large crowd. The crowd cheered for an hour. "
     "The former senator said she would win the state.", "Ana Ruiz"),
])
def test_an_epithet_with_no_one_just_before_is_the_headlines_person(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    # two people in the headline: nothing says which
    "Hale and Collins trade blows\n\nTom Hale and Sarah Collins met in Ohio. The crowd cheered. The candidate said he would win.",
    # a headline person the article gave another job
    "Hale's campaign in turmoil\n\nTom Hale, the campaign chairman, quit. The crowd cheered. The candidate said X was over.",
])
def test_no_headline_person_for_an_epithet(nlp, text):
    assert _speakers(nlp, text)[-1][1] not in ("Tom Hale", "Sarah Collins")


def test_the_company_after_a_firm_the_ner_missed(nlp):
    text = ("Porthmore Fish Canners said on Monday it would close its plant at Kelby. Shop steward Ivan Rudd said "
            "the company had lied. He said the union would fight. The company said it had looked for a buyer.")
    speakers = [r.speaker for r in top(nlp, text)]
    assert speakers[-1] == speakers[0] and speakers[0].endswith("Fish Canners")


def test_the_company_after_a_council_stays_a_description(nlp):
    text = ("Westmoor Council said it would close the library. Shop steward Ivan Rudd said the plan was wrong. "
            "The company said it had looked for a buyer.")
    assert _speakers(nlp, text)[-1][1] != "Westmoor Council"
