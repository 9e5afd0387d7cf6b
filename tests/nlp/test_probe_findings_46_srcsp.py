"""Patterns of the forty-sixth session (helper srcsp): a participle of saying right after the
object of a verb of receiving or perceiving ('received calls saying X', 'were given leaflets
telling them X') is what the object says, not the act of the one who received or saw it
(``received``). A verb of making or sending keeps its subject ('issued a statement saying X'),
and a participle set off by a comma is the subject's own act. Every sentence is written for the
test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _record(nlp, text: str, cue: str):
    return next(r for r in records(nlp, text) if r.cue is not None and r.cue.text == cue)


@pytest.mark.parametrize("text, cue, source, content", [
    ("Police received calls saying shots had been fired near the school.", "saying", "calls",
     ["shots had been fired near the school"]),
    ("Visitors were given leaflets telling them that the museum would close early.", "telling", "leaflets",
     ["the museum would close early"]),
    ("The station features panels discussing the cost of the new stadium.", "discussing", "panels",
     ["the cost of the new stadium"]),
])
def test_a_participle_on_a_received_thing_is_the_things(nlp, text, cue, source, content):
    found = _record(nlp, text, cue)
    assert found.source is not None and found.source.text == source
    assert contents(found) == content


@pytest.mark.parametrize("text, cue, source", [
    # a verb of making or sending: the maker says it
    ("The council issued a statement saying the road would reopen.", "issued a statement saying", "The council"),
    ("The league sent out a release saying the final would be moved.", "saying", "The league"),
    # set off by a comma: the subject's own act
    ("Police received the calls, saying that officers were on their way.", "saying", "Police"),
])
def test_a_participle_on_a_made_thing_keeps_the_subject(nlp, text, cue, source):
    found = _record(nlp, text, cue)
    assert found.source is not None and found.source.text == source
