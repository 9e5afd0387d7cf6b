"""Patterns of the forty-third session (helper probesC), found by running whole articles written
for the purpose (a family feature, a British political story, an Australian bushfire report, a
rail crash, a health scare). A verb of saying after a quotation and an age ('"...," the
74-year-old recalled.') that the parser read as a noun or an adjective is the verb it is
(``aged.tag_aged_cues``). Who a source is: 'they' after 'The X family has ...' is the family; 'the
father of two' and 'the retired farmer' (a part in the story, not an office) may be the person
quoted last, though the article gave them no such role ('father' is a priest's title only with a
capital); 'the Labour MP' is the MP named before with no party (a party is no body the role
belongs to); 'the rail company' is not the safety board that spoke last ('board' names a public
body). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("verb", ["recalled", "wrote", "insisted", "conceded", "recalls"])
def test_a_cue_after_a_quotation_and_an_age_is_a_verb(nlp, verb):
    text = f'"The water took the barn, the hens, everything," the 81-year-old {verb}. "Nobody came."'
    found = records(nlp, text, verb)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == "the 81-year-old"
    assert contents(found[0]) == ["The water took the barn, the hens, everything", "Nobody came"]


def test_the_cue_after_the_age_keeps_the_quotation_from_the_report_before(nlp):
    text = ('His aunt, Mirela, lives by the lake. She said the ice had never been so thin.\n\n'
            '"We lost two boats last winter," the 68-year-old recalled.')
    said = records(nlp, text, "said")
    assert [contents(r) for r in said] == [["the ice had never been so thin"]]
    recalled = records(nlp, text, "recalled")
    assert [(r.source.text if r.source else None, contents(r)) for r in recalled] == [
        ("the 68-year-old", ["We lost two boats last winter"])]


def _speakers(nlp, text, cue):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


@pytest.mark.parametrize("text, cue, speaker", [
    # a household a 'they' stands for
    ("The Varga family has kept bees on the hill since 1950, and they say the new road will end that.", "say",
     "Varga family"),
    # a parent described by the children they have
    ('Tomas Reyna, whose daughter rides the bus, said drivers had been warned. "Nobody told the parents," '
     "the father of two told reporters.", "told", "Tomas Reyna"),
    # a part in the story the last speaker may play, though introduced as a resident
    ('Glenmore resident Hal Brody, 70, said the flames crossed the road in minutes. "I had never seen that," '
     "the retired farmer said.", "said", "Hal Brody"),
    # a party's MP is the MP named before, given no party
    ("Local MP Gareth Lloyd said the closure was a disgrace. The Labour MP told the BBC he would raise it in "
     "parliament.", "told", "Gareth Lloyd"),
])
def test_a_description_is_the_person_it_describes(nlp, text, cue, speaker):
    assert _speakers(nlp, text, cue)[-1] == (speaker, "group" if "family" in speaker else "person")


def test_a_firm_is_not_the_safety_board_that_spoke_last(nlp):
    text = ("The Federal Rail Safety Board said it had sent six investigators to the crossing. The driver was "
            "among those injured, the rail company said.")
    found = _speakers(nlp, text, "said")
    assert found[0] == ("Federal Rail Safety Board", "organisation")
    assert found[-1][0] != "Federal Rail Safety Board"


def test_an_office_the_last_speaker_was_not_given_stays_someone_else(nlp):
    text = ('Glenmore resident Hal Brody said the flames crossed the road. "We are doing all we can," '
            "the governor said.")
    assert _speakers(nlp, text, "said")[-1] == ("governor", "description")


def test_a_past_verb_of_saying_read_as_an_adjective_is_the_sentences_verb(nlp):
    # (the parser read 'claimed staff' as a noun phrase here, its subject still on 'claimed')
    text = ("Employees described a tense mood at the plant.\n\nAnother worker, who asked not to be identified, "
            "claimed managers had been told of the cuts weeks ago.")
    found = [r for r in records(nlp, text) if r.parent is None and r.cue is not None and r.cue.text != "described"]
    assert [(r.cue.text, r.source.text if r.source else None, contents(r)) for r in found] == [
        ("claimed", "Another worker, who asked not to be identified", ["managers had been told of the cuts weeks ago"])]


def test_a_plural_party_is_no_one_of_a_nation(nlp):
    text = '"We accept the verdict," Mr Harlow said. The Greens said they expected to win three seats.'
    assert _speakers(nlp, text, "said")[-1] == ("Greens", "organisation")


@pytest.mark.parametrize("noun", ["company", "tech giant"])
def test_a_paper_named_alone_is_no_firm_the_article_is_about(nlp, noun):
    text = ("Software group Pelloran has cut 900 jobs.\n\nIn a memo seen by the Courier, its chief executive, "
            f'Ines Farag, wrote that the firm had "grown too fast".\n\nThe {noun} said the cuts would mostly hit sales.')
    assert _speakers(nlp, text, "said")[-1] == ("Pelloran", "organisation")
