"""Speakers of the forty-ninth session (helper spk), found by writing twelve short articles
(``probe_articles_49_spk``) with bodies named by their seat ('the Kremlin', 'Downing Street',
'Brussels') and then 'it' or 'officials there', a chief executive named in apposition, a father
and son with one surname, nation and party epithets for the person the lede named, a quoted
nickname, initials and suffixes, Spanish double surnames, one-name artists, an unnamed
spokeswoman, two coaches quoted in turn, a long quotation whose speaker comes at its end and
'officials' then one of them named, and the expected speaker of every report.

'The Briton', 'the Frenchwoman', 'The Democrat' are people of that nation or party, never people
called so, and the same one all through the article (``people.epithet``, ``descriptions.aged``).
'The elder Brent' and 'the younger man' are the two relatives with one surname, told apart by
'his son, Tom' or their ages (``generations``). 'Bobby Lane' after Robert "Bobby" Lane is he
(``nicknames``), and 'the rapper Kojo' a person with one name (``untagged``). Every name and
sentence is made up."""

from __future__ import annotations

import pytest
from probe_articles_49_spk import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks, top

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # the NER took the nation's word for a name
    ("Lena Marsh won the final in Paris. The Briton said she was tired.", "The Briton", "Lena Marsh"),
    ("Ana Ruiz won the final on Sunday. The Spaniard said she had played well.", "The Spaniard", "Ana Ruiz"),
    # a Frenchwoman is no man
    ("Carl Wendt lost to Mireille Dufort on Monday. Wendt said he was sore. The Frenchwoman said she was pleased.",
     "The Frenchwoman", "Mireille Dufort"),
])
def test_a_nations_word_is_the_person_named_not_a_name(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_a_nations_word_is_the_same_person_all_through(nlp):
    text = ("Lena Marsh won the final in Paris. The Briton said she was tired. Her coach, Ruth Kline, said "
            "the title had been coming. The Briton said she would rest.")
    assert [s for source, s in _speakers(nlp, text) if source == "The Briton"] == ["Lena Marsh", "Lena Marsh"]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Ray Dunn and his son, Luke, run the farm together. The elder Dunn said prices were low.",
     "The elder Dunn", "Ray Dunn"),
    ("Ray Dunn and his son, Luke Dunn, run the farm together. The younger Dunn said he wanted to stay.",
     "The younger Dunn", "Luke Dunn"),
    ("Ray Dunn and his son, Luke, run the farm. Luke Dunn said he was tired. The younger man said he wanted to stay.",
     "The younger man", "Luke Dunn"),
    # by the ages given
    ("Ida Holm, 71, and Vera Holm, 45, sell fish. The older Holm said the sea had changed.",
     "The older Holm", "Ida Holm"),
])
def test_the_elder_and_the_younger_of_two_with_one_surname(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_no_pair_no_elder(nlp):
    # two men with no surname in common: 'the younger man' is none of them by this rule
    text = "Ray Dunn and Luke Ford run the farm. The younger man said he wanted to stay."
    assert dict(_speakers(nlp, text))["The younger man"] not in ("Ray Dunn", "Luke Ford")


def test_a_quoted_nickname_before_the_surname_is_the_person(nlp):
    text = ('Daniel "Danny" Osei signed a new deal. Osei said he was happy. Rita Kay, the coach, praised him. '
            "Danny Osei said he would stay for good.")
    assert [s for source, s in _speakers(nlp, text) if source == "Danny Osei"] == ["Daniel Osei"]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("The tour was cancelled. The rapper Kojo, who was to open the shows, said he was sad.",
     "The rapper Kojo, who was to open the shows", "Kojo"),
    ("The drummer Zeb said the band would rest.", "The drummer Zeb", "Zeb"),
])
def test_one_name_after_a_persons_role_is_a_person(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_one_name_after_a_bodys_noun_is_the_body(nlp):
    found = dict(_speakers(nlp, "The group Ardent said the law was unfair."))
    assert found["The group Ardent"] == "Ardent"


def test_a_quotation_running_on_to_anothers_cue_is_that_cues(nlp):
    text = ("The mayor faced critics who say the tower is too tall.\n\n"
            "\u201cWe have waited ten years for homes. Families keep leaving.\n\n"
            "\u201cThis plan brings them back,\u201d said the mayor, Ana Ruiz.\n")
    found = {r.source.text: [c.text for c in r.contents] for r in top(nlp, text) if r.source}
    assert found["who"] == ["the tower is too tall"]
    assert found["the mayor, Ana Ruiz"][0].startswith("We have waited ten years")


def test_a_quotation_running_on_with_no_cue_after_stays_with_the_report_before(nlp):
    text = ("The mayor, Ana Ruiz, said the tower would be built.\n\n"
            "\u201cWe have waited ten years for homes. Families keep leaving.\n\n"
            "\u201cThis plan brings them back.\u201d\n")
    found = [r for r in top(nlp, text) if r.source is not None]
    assert [r.speaker for r in found] == ["Ana Ruiz"]
    assert any(c.text.startswith("We have waited") for c in found[0].contents)
