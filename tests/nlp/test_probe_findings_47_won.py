"""Patterns of the forty-seventh session (helper won): written probes that red-team the newest rules,
above all ``won_support`` and ``drawn_criticism``, whose records the ranker's threshold does not judge.
'Support' and 'backing' are as often money, care or a prop as a side taken (``support_senses``): not
from a funder ('won the backing of a regional bank', 'aid agencies'), not from one's own people named
by a possessive ('had the support of her family', 'its fans'), not for a venture, a work or a made
thing ('The film won the backing of a studio', 'The bridge draws its support from steel cables'), and
not a support only sought ('in a bid to win the backing of the union'). 'Enjoys the support of X' is
had, not liked: no 'enjoyed' record. An 'about' or 'over' phrase the parser hung on the holder of a
drawn stance is what it is on, no part of the holder ('complaints from parents about the school run').
'described X as the sirens wailed' tells when (the parser read the clause as a noun after 'as'). The
other new rules held on the probes (kept as regression checks). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

_SUPPORT = ("support", "backing", "endorsement", "enjoyed", "enjoys", "praise", "criticism", "outrage")


def _support_records(nlp, text):
    return [r for r in records(nlp, text) if r.cue is not None and r.cue.text in _SUPPORT]


@pytest.mark.parametrize("text", [
    "The team enjoyed the support of its fans throughout the long season.",
    "The startup won the backing of a regional bank for its second factory.",
    "The bridge has support from steel cables anchored in the cliffs.",
    "The film won the backing of a Hollywood studio.",
    "The charity received the support of a local bakery, which donated bread.",
    "The museum gained the backing of a wealthy donor who paid for the new wing.",
    "The app has the backing of venture capital firms in Berlin.",
    "The patient had the support of her family during the treatment.",
    "The refugees received the support of aid agencies.",
    "The young chef enjoyed the backing of investors from Lyon.",
    "The orchestra has the support of a national arts fund.",
    "The students had the support of their teachers all year.",
    "Ms Reyes won the backing of two banks for her bakery.",
    "The hospital has the support of local volunteers.",
    "The singer won the support of her record label.",
])
def test_support_that_is_money_care_or_a_prop_is_no_side(nlp, text):
    assert _support_records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The refugees received support from aid agencies.",
    "The bridge draws its support from steel cables.",
    "The festival won support from the lottery fund.",
    "The research received support from a Swiss foundation.",
    "The patient got support from her family.",
])
def test_support_drawn_from_a_funder_or_ones_own_people_is_no_side(nlp, text):
    assert _support_records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "In a bid to win the backing of the union, the mayor offered a raise.",
    "The senator tried to win the support of rural voters.",
])
def test_support_only_sought_is_not_had(nlp, text):
    assert _support_records(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The proposal won the backing of the teachers' union.", "backing", "the teachers' union", "The proposal"),
    ("The bill won the support of most Republicans in the Senate.", "support", "most Republicans", "The bill"),
    ("The coach has the backing of his players.", "backing", "his players", "The coach"),
    ("The plan has the support of parents.", "support", "parents", "The plan"),
    ("The striker continues to enjoy the support of the manager.", "support", "the manager", "The striker"),
    ("The governor went on to win the endorsement of the farmers' union.", "endorsement", "the farmers' union",
     "The governor"),
    ("The candidate enjoys broad support among young voters.", "support", "young voters", "The candidate"),
    ("The bill won support from farmers.", "support", "farmers", "The bill"),
    ("The film won praise from critics.", "praise", "critics", "The film"),
    ("The ruling sparked outrage from civil rights groups.", "outrage", "civil rights groups", "The ruling"),
])
def test_a_side_taken_still_reports(nlp, text, cue, source, content):
    found = _support_records(nlp, text)
    assert len(found) == 1
    assert found[0].cue.text == cue
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Police received calls saying a man was armed.", "saying", "calls", ["a man was armed"]),
    ("The company issued a statement saying the recall was voluntary.", "issued a statement saying", "The company",
     ["the recall was voluntary"]),
    ("The mayor received the award, saying it belonged to the volunteers.", "saying", "The mayor",
     ["it belonged to the volunteers"]),
    ("The vet said the dog was healthy but warned that it needed more exercise.", "warned", "The vet",
     ["it needed more exercise"]),
    ('Said one fan: "We have waited forty years for this."', "Said", "one fan", ["We have waited forty years for this"]),
    ("The chef said the recipe had one secret: a pinch of smoked salt.", "said", "The chef",
     ["the recipe had one secret: a pinch of smoked salt"]),
    ("The landlord said the rent would rise unless the tenants signed by May.", "said", "The landlord",
     ["the rent would rise unless the tenants signed by May"]),
    ("Witnesses described the storm as the worst in living memory.", "described", "Witnesses",
     ["the storm as the worst in living memory"]),
    ("Mr King said the shop would close.", "said", "Mr King", ["the shop would close"]),
])
def test_the_other_new_rules_hold_on_new_probes(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue", [
    ("The referee said nothing because the whistle had already gone.", "said"),
    ('"The show must go on," the director said. The cast then performed "A Long Night In Paris."', "said"),
    ('"It was close," the skipper said. The boat finished "just a metre behind the leaders."', "said"),
    ("The pilot said the plane was fine but refused to fly it.", "said"),
])
def test_near_misses_of_the_other_new_rules_stay_out(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) <= 1
    joined = " ".join(c for r in found for c in contents(r))
    assert "because" not in joined and "Paris" not in joined and "leaders" not in joined and "refused" not in joined


def test_headline_acts_splits_a_second_act_but_not_a_particles_verb(nlp):
    text = "Chef Says Prices Will Rise, Blames Energy Bills\nThe restaurant owner spoke to reporters."
    found = {r.cue.text: r for r in records(nlp, text) if r.cue is not None}
    assert contents(found["Says"]) == ["Prices Will Rise"] and contents(found["Blames"]) == ["Energy Bills"]
    text = "Council Approves Budget And Raises Parking Fees\nThe council met on Tuesday."
    assert records(nlp, text) == []


def test_an_about_phrase_the_parser_hung_on_the_holder_is_what_the_stance_is_on(nlp):
    found = records(nlp, "The decision drew complaints from parents about the school run.", "complaints")
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == "parents"
    assert contents(found[0]) == ["the school run"]


@pytest.mark.parametrize("text, content", [
    ("She described the scene as the sirens wailed outside.", ["the scene"]),
    ("The manager described the losses as the shares fell.", ["the losses"]),
])
def test_described_as_a_clause_of_time_names_nothing(nlp, text, content):
    found = records(nlp, text, "described")
    assert len(found) == 1 and contents(found[0]) == content
