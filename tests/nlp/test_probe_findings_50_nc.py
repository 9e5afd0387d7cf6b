"""Patterns of the fiftieth session (helper nc): a verb of saying made phrasal by the particle the
lexicon pairs with it, with a bare noun object ('pointed out the cost', 'talked up her plan'): the
object is the content and the particle joins the cue (``particle_objects``). Not a thing sent, a
walk up a hill, nor an object a colon spells out. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The councillor pointed out the cost of the new bridge.", "pointed out", "The councillor",
     "the cost of the new bridge"),
    ("The mayor has talked up her plan to rebuild the pier.", "talked up", "The mayor", "her plan to rebuild the pier"),
    ("Ms. Vane talked up the new ferry service on Monday.", "talked up", "Ms. Vane", "the new ferry service"),
    ("The report points out a gap in the county's figures.", "points out", "The report", "a gap in the county's figures"),
])
def test_a_phrasal_verb_of_saying_takes_its_object(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue", [
    ("The campaign sent out a fundraising email on Friday.", "sent out"),
    ("The coach talked up the hill with his runners.", "talked up"),
    ("The office sent out a newsletter to every tenant.", "sent out"),
])
def test_no_words_reported_by_a_thing_sent_or_a_walk(nlp, text, cue):
    assert not [r for r in top(nlp, text) if r.cue is not None and cue in r.cue.text], top(nlp, text)


def test_a_colon_after_the_object_spells_it_out(nlp):
    text = "The agency also points out some telling figures:\n\nRents rose by a third in two years.\n"
    found = [r for r in top(nlp, text) if r.cue is not None and "points out" in r.cue.text]
    assert found and all(contents(r) != ["some telling figures"] for r in found), found
