"""Patterns of the forty-seventh session (helper phr): a content that goes on in parallel phrases
the parser hung elsewhere (``parallel_ends``): an infinitive's next bare verbs read as conjuncts
of the cue ('touted her plans to repair roads, expand bus service and cut fares'), a second
phrase of the cue's own preposition ('complained about the noise, and about the smell'), a
list's next noun read as an apposition of the subject ('spoke of the poverty in the valley, the
lack of jobs'); not a clause with a subject or a modal of its own, nor a writer's description
after the content. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The governor touted her plans to repair roads, expand bus service, and cut fares.", "touted",
     "The governor", "her plans to repair roads, expand bus service, and cut fares"),
    ("Residents complained about the noise, and about the smell from the plant.", "complained about",
     "Residents", "the noise, and about the smell from the plant"),
    ("The bishop spoke of the poverty in the valley, the lack of jobs for the young, the violence of the gangs.",
     "spoke of", "The bishop", "the poverty in the valley, the lack of jobs for the young, the violence of the gangs"),
    ("The coach spoke warmly of her speed as a runner, her knowledge of the game and the calm she brings to the team.",
     "spoke warmly of", "The coach", "her speed as a runner, her knowledge of the game and the calm she brings to the team"),
    ("Party leaders speak affectionately of the mayor's gifts as a speaker, his knowledge of the budget and the energy that"
     " he would bring to the council.", "speak affectionately of", "Party leaders",
     "the mayor's gifts as a speaker, his knowledge of the budget and the energy that he would bring to the council"),
    ("The union argued for higher wages and for shorter shifts.", "argued for", "The union",
     "higher wages and for shorter shifts"),
])
def test_content_goes_on_in_parallel(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text, cue, content", [
    # a clause with a subject of its own, and a modal: the writer's, not more of the content
    ("The mayor wants to fix the roads and we will pay for it.", "wants", "to fix the roads"),
    # the writer's description of the object after a comma stays out
    ("The senator praised the plan, a move that surprised her allies.", "praised", "the plan"),
    ("The senator criticized the budget, which cuts school funding.", "criticized", "the budget"),
    # a time after the content is no list member
    ("Lee criticized the budget on Monday, a day after the vote.", "criticized", "the budget"),
    # a description of the content after a comma, read as the verb's object, is no list member
    ("The council is thinking about using the old stadium for the fair, a far bigger venue than the hall.",
     "is thinking about", "using the old stadium for the fair"),
    # a second phrase of another preposition is not the cue's
    ("The union argued for higher wages and against longer shifts.", "argued for", "higher wages"),
])
def test_no_parallel_phrase(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert contents(found[0]) == [content]
