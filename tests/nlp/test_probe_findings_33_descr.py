"""Patterns found in the thirty-third session: descriptions that stand for the body or person
the article names (an outlet or a facility by its kind's noun, the court that acted rather than
one only asked to, 'X, not Y, who said'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speakers(nlp, text, cue):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- outlets by their kind's noun


@pytest.mark.parametrize("text, speaker", [
    ("Presenter suspended\nChannel 4 suspended its weather presenter on Monday. The station said the remarks were "
     "unacceptable.", "Channel 4"),
    ("Anchor fired\n\nAtlas Broadcasting fired its anchor on Friday. The network said the decision was final.",
     "Atlas Broadcasting"),
    ("Essay pulled\n\nThe Atlantic Review pulled the essay on Tuesday. The magazine said the piece did not meet its "
     "standards.", "Atlantic Review"),
])
def test_an_outlet_by_its_kinds_noun_is_the_outlet_named_before(nlp, text, speaker):
    assert _speakers(nlp, text, "said") == [(speaker, "organisation")]


def test_a_headline_outlet_is_the_outlet_the_lede_names(nlp):
    text = ("Reporter released after 18 hours, outlet says\n\nA photojournalist working for the Northern Courier was "
            "released on Sunday, the newspaper said.")
    assert [s for s, _ in _speakers(nlp, text, "says") + _speakers(nlp, text, "said")] == ["Northern Courier"] * 2


def test_a_headline_network_is_the_broadcaster_the_lede_names(nlp):
    text = ("Network says source was misquoted\n\nAtlas Broadcasting said Friday that a report it aired had "
            "misrepresented comments from a source.")
    assert _speakers(nlp, text, "says") == [("Atlas Broadcasting", "organisation")]


@pytest.mark.parametrize("text", [
    "Police\n\nOfficers arrested two men outside the police station on Friday. The station said both were released.",
    "Activists\n\nA network of tenant activists staged a protest. The network said rents had doubled.",
    "Shop\n\nShoppers queued at the Kelso Mills outlet on Saturday. The outlet said it had sold out.",
])
def test_an_outlets_noun_with_no_outlet_named_stays_a_description(nlp, text):
    assert [kind for _, kind in _speakers(nlp, text, "said")] == ["description"]


# ---------------------------------------------------------------- facilities by their kind's noun


def test_an_airport_by_its_noun_is_the_airport_named_before(nlp):
    text = ("Strike looms\n\nStaff at Carrowdale Airport will strike next week. The airport warned that flights "
            "could be cancelled.")
    assert _speakers(nlp, text, "warned") == [("Carrowdale Airport", "organisation")]


def test_an_airport_no_one_named_stays_a_description(nlp):
    text = "Flights\n\nFlights to Rome were cancelled on Sunday. The airport said the runway was closed."
    assert _speakers(nlp, text, "said") == [("airport", "description")]


# ---------------------------------------------------------------- the court that acted


def test_the_court_is_the_one_that_acted_not_the_one_asked_to(nlp):
    text = ("Ruling\n\nThe state Court of Appeals upheld the order. The landlords will ask the state Supreme Court to "
            "review it. Landlords remain free to collect back rent, the court said.")
    assert _speakers(nlp, text, "said") == [("Court of Appeals", "organisation")]


@pytest.mark.parametrize("text", [
    "Ruling\n\nThe landlords asked the state Supreme Court to review the order. Landlords remain free to collect "
    "back rent, the court said.",
    "Ruling\n\nThe Court of Appeals upheld the order on Monday. The state Supreme Court then struck it down. "
    "Landlords must repay rent, the court said.",
])
def test_the_court_only_named_or_the_last_that_acted_stays(nlp, text):
    assert _speakers(nlp, text, "said") == [("Supreme Court", "organisation")]


# ---------------------------------------------------------------- 'X, not Y, who said'


def test_who_after_a_name_set_aside_by_not_is_the_other(nlp):
    text = "Vote\n\nIt was Councilman Arthur Bell, not Mayor Joan Whitley, who said the proposal was dead."
    assert _speakers(nlp, text, "said") == [("Arthur Bell", "person")]


@pytest.mark.parametrize("text, speaker", [
    ("Vote\n\nMayor Joan Whitley met Councilman Arthur Bell, who said the proposal was dead.", "Arthur Bell"),
    ("Vote\n\nThe plan was backed by Arthur Bell and Joan Whitley, who said the proposal was dead.", "Joan Whitley"),
])
def test_who_after_a_name_not_set_aside_stays(nlp, text, speaker):
    assert [s for s, _ in _speakers(nlp, text, "said")][-1:] == [speaker]
