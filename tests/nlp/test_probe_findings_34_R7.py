"""Patterns of the thirty-fourth session (helper R7): a product's name in single quotation marks
whose closing mark the parser read as a possessive's, the agent of a passive 'described by X as
Y' kept out of the cue, and the reason a cue's subject gave ('refused X on the grounds that Y').
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a name in single marks


@pytest.mark.parametrize("text", [
    "Ferrowick notice to riders: new 'Upfront Fare' system starts Nov. 1\n",
    "Brindle Bank letter to savers: new 'Easy Saver' account opens in May\n",
])
def test_a_single_quoted_name_before_its_noun_makes_no_mixed_report(nlp, text):
    assert all(a.kind != "mixed" for a in records(nlp, text))


@pytest.mark.parametrize("text", [
    "Families say new 'Safe Route' plan is 'a disgrace'\n",
    "Residents say the 'Green Mile' scheme is 'a shambles'\n",
])
def test_a_single_quoted_phrase_beside_a_name_still_makes_a_mixed_report(nlp, text):
    found = records(nlp, text)
    assert found and found[0].kind == "mixed"


# ---------------------------------------------------------------- the agent of 'described ... as'


@pytest.mark.parametrize("text, source", [
    ("The booking hall has been described by the Victorian Society as one of the ugliest buildings in the north.",
     "the Victorian Society"),
    ("The old depot was described by the Civic Trust as an eyesore.", "the Civic Trust"),
])
def test_a_passive_agent_before_as_is_no_part_of_the_cue(nlp, text, source):
    found = [a for a in records(nlp, text) if a.cue is not None and "described" in a.cue.text]
    assert found
    assert source not in found[0].cue.text
    assert found[0].source is not None and found[0].source.text == source


@pytest.mark.parametrize("text, cue", [
    ("The booking hall has been described as one of the ugliest buildings in the north.", "has been described as"),
    ("The depot is seen as an eyesore.", "is seen as"),
])
def test_a_passive_without_an_agent_keeps_as_in_the_cue(nlp, text, cue):
    assert records(nlp, text, cue)


# ---------------------------------------------------------------- on the grounds that X


@pytest.mark.parametrize("text, cue, content, kind", [
    ("The council refused permission for the extension on the grounds that it would \"harm the street scene\".",
     "refused", 'it would "harm the street scene"', "mixed"),
    ("The court rejected the appeal on the grounds that the evidence was weak.", "rejected",
     "the evidence was weak", "indirect"),
    ("Residents objected on the grounds that the tower would block light.", "objected",
     "the tower would block light", "indirect"),
])
def test_the_grounds_given_are_the_content(nlp, text, cue, content, kind):
    found = records(nlp, text, cue)
    assert found and contents(found[0]) == [content] and found[0].kind == kind


def test_the_grounds_of_the_borough_are_its_content(nlp):
    text = "The borough refused permission for a cycle store on the grounds that it would \"fail to preserve\" the area."
    found = records(nlp, text, "refused")
    assert found and contents(found[0]) == ['it would "fail to preserve" the area']
    assert found[0].source is not None and found[0].source.text == "The borough"


@pytest.mark.parametrize("text, cue, content", [
    ("The council refused the application on the grounds of cost.", "refused", "the application on the grounds of cost"),
    ("The borough refused to comment.", "refused", "to comment"),
])
def test_no_grounds_clause_leaves_the_content(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and contents(found[0]) == [content]
