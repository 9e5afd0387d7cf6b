"""Patterns of the thirty-eighth session (helper prec): records shown that are no attribution.
The writer's connective 'That said, X' ('That being said', 'Having said that') reports nothing
(``acts.connective``); a quotation echoes a statement's words only in the headline or the lede:
further down, the writer repeating a phrase the statement already gives (a scare quote, a pull
quote on its own line) is no second record (``echoes.echoed_quotes``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


@pytest.mark.parametrize("text", [
    "The mayor promised to fix the roads. That said, the budget for repairs has shrunk by a third this year.",
    "The budget grew. That said, it is not enough for the repairs the town needs.",
    "The ferry runs twice a day. That being said, nobody expects the timetable to last the winter.",
    "The club lost again on Saturday. Having said that, the coach still thinks the team can stay up.",
])
def test_the_writers_connective_is_no_report(nlp, text):
    found = records(nlp, text, cue="said")
    assert found == [], [(a.source.text if a.source else None, [c.text for c in a.contents]) for a in found]


def test_a_report_opened_by_that_is_still_one(nlp):
    text = "The council met on Monday. That night, the mayor said the bridge would reopen in May."
    said = records(nlp, text, cue="said")
    assert len(said) == 1
    assert said[0].source is not None and said[0].source.text == "the mayor"


def _echoes(items):
    return [a for a in items if a.cue is None and a.source is None]


def test_a_lede_quotation_is_still_echoed(nlp):
    text = ('Harbour town is now "a city of empty streets."\n\nFerries stopped running on Monday.\n\n'
            'The mayor, Ilse Varga, said the port had become "a city of empty streets" since the strike began.\n')
    echo = _echoes(records(nlp, text))
    assert [e.contents[0].text for e in echo] == ["a city of empty streets"]
    assert echo[0].speaker == "Ilse Varga"


def test_a_phrase_repeated_in_the_body_is_no_second_record(nlp):
    text = ("Ferries stop as strike goes on\n\n"
            "Ferries stopped running on Monday as the dock strike entered its third week.\n\n"
            'The mayor, Ilse Varga, said the port had become "a city of empty streets" since the strike began.\n\n'
            'Shop owners on the quay say trade has halved. For them, the "city of empty streets" is no figure of speech.\n\n'
            '"A city of empty streets."\n')
    items = records(nlp, text)
    assert _echoes(items) == []
    said = [a for a in items if a.cue is not None and a.cue.text == "said"]
    assert said and said[0].speaker == "Ilse Varga"


def test_a_quotation_in_the_dek_under_the_headline_is_still_echoed(nlp):
    text = ("Harbour strike enters third week\n\n"
            'A port of "empty streets and shut shops"\n\n'
            "Ferries stopped running on Monday as the dock strike entered its third week and the quay emptied.\n\n"
            'The mayor, Ilse Varga, said the port had become one of "empty streets and shut shops" since the strike began.\n')
    echo = _echoes(records(nlp, text))
    assert [e.contents[0].text for e in echo] == ["empty streets and shut shops"]
    assert echo[0].speaker == "Ilse Varga"
