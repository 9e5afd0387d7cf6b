"""Speakers: pronouns and roles resolved, name variants merged, affiliations, kinds."""

from __future__ import annotations

import pytest


def atts(nlp, text):
    return nlp(text)._.sourcebook_attributions


def by_cue(items, cue):
    found = [a for a in items if a.cue is not None and a.cue.text == cue]
    assert found, [(a.cue and a.cue.text) for a in items]
    return found


def test_name_variants_merge_to_the_fullest_name(nlp):
    text = (
        "Margaret O'Neill, the agency's director, said the camps were full. "
        "O'Neill added that more tents were on the way. "
        "Ms. O'Neill warned that winter would be hard."
    )
    items = atts(nlp, text)
    assert {a.speaker for a in items} == {"Margaret O'Neill"}
    assert all(a.speaker_kind == "person" for a in items)
    assert items[0].affiliation == "agency's director"


@pytest.mark.parametrize(
    "text,cue,speaker",
    [
        ("Daniel Frey said the road was open. He added that the bridge was not.", "added", "Daniel Frey"),
        ("Helena Sato arrived on Monday. She said the talks had failed.", "said", "Helena Sato"),
        (
            "Oxfam published its figures on Monday. They warned that the crisis was getting worse.",
            "warned",
            "Oxfam",
        ),
    ],
)
def test_pronouns_resolve_to_the_named_source(nlp, text, cue, speaker):
    assert by_cue(atts(nlp, text), cue)[0].speaker == speaker


def test_role_noun_resolves_to_the_person_with_that_role(nlp):
    text = (
        "Peter Lindqvist, the UN refugee envoy, visited the camp on Monday. "
        "The envoy said that the camp could not take more people."
    )
    att = by_cue(atts(nlp, text), "said")[0]
    assert att.speaker == "Peter Lindqvist"


def test_affiliation_from_x_from_y(nlp):
    text = "Laura Benn from Save the Children said the clinics had closed."
    att = atts(nlp, text)[0]
    assert att.speaker == "Laura Benn"
    assert att.affiliation == "Save the Children"


def test_affiliation_from_title_before_the_name(nlp):
    text = "Irish Ambassador Conor Walsh said the vote would be held on Friday."
    att = atts(nlp, text)[0]
    assert att.speaker == "Conor Walsh"
    assert att.affiliation == "Irish Ambassador"


@pytest.mark.parametrize(
    "text,speaker,kind",
    [
        ("The U.N. said that aid convoys were blocked.", "United Nations", "organisation"),
        ("The United Nations said that aid convoys were blocked.", "United Nations", "organisation"),
        ("The ICRC said that aid convoys were blocked.", "International Committee of the Red Cross", "organisation"),
        ("Reuters reported that aid convoys were blocked.", "Reuters", "outlet"),
    ],
)
def test_organisation_aliases_fold(nlp, text, speaker, kind):
    att = atts(nlp, text)[0]
    assert att.speaker == speaker
    assert att.speaker_kind == kind


def test_relative_pronoun_takes_its_antecedent(nlp):
    text = "The plan was opposed by Tom Akers, who said it would fail."
    att = by_cue(atts(nlp, text), "said")[0]
    assert att.speaker == "Tom Akers"


def test_source_less_attribution_has_no_speaker(nlp):
    text = "It was reported that the border had been closed."
    items = atts(nlp, text)
    assert items and items[0].source is None and items[0].speaker is None


def test_affiliation_is_the_whole_organisation_name_after_from(nlp):
    doc = nlp("\u201cWe are running out of fuel,\u201d Nadia Kerr from Save the Children told a radio station.")
    [att] = [a for a in doc._.sourcebook_attributions if a.speaker == "Nadia Kerr"]
    assert att.affiliation == "Save the Children"
