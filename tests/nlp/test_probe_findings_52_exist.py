"""Patterns of the fifty-second session (helper exist): a view held by nobody named in an impersonal frame
('There are fears that X', 'There are questions about Y', 'Shares fell amid fears that Z'; ``impersonal_stances``).
The noun is the cue (with its preposition when what the view is on follows it), the record has no source unless
an 'among' phrase names the holders, and the clause or the preposition's object is the content. The writer's own
assessment ('There is no evidence that X', 'There is no guarantee that Y') and a noun with nothing held ('There
are fears.', 'There is hope for the team yet') are none. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, top


def _unsourced(found, cue, content):
    """Whether ``found`` holds a record with no source, a cue holding ``cue`` and the content ``content``."""
    return any(r.source is None and r.cue is not None and cue in r.cue.text and contents(r) == [content]
               for r in found), [(r.cue.text if r.cue else None, r.source.text if r.source else None, contents(r))
                                 for r in found]


@pytest.mark.parametrize("text, cue, content", [
    ("There are fears that the new bridge will not open before winter.", "fears",
     "the new bridge will not open before winter"),
    ("There are growing fears the harbour wall could collapse in a storm.", "fears",
     "the harbour wall could collapse in a storm"),
    ("There is concern that the clinic cannot cope with the extra patients.", "concern",
     "the clinic cannot cope with the extra patients"),
    ("There were warnings that the dam would burst.", "warnings", "the dam would burst"),
    ("There is widespread agreement that the rail line needs new trains.", "agreement",
     "the rail line needs new trains"),
    ("There are questions about how the council spent the grant.", "questions about", "how the council spent the grant"),
    ("There is no consensus on whether the tax should rise.", "consensus on", "whether the tax should rise"),
    ("There have been rumblings about the choice of venue for weeks.", "rumblings about",
     "the choice of venue for weeks"),
    ("Shares fell amid fears that the bank would fail.", "fears", "the bank would fail"),
    ("The storm hit the coast, raising fears that the pier would collapse.", "fears", "the pier would collapse"),
    ("Fears that the factory would close mounted last week.", "Fears", "the factory would close"),
])
def test_a_view_nobody_named_holds_is_shown(nlp, text, cue, content):
    ok, shown = _unsourced(top(nlp, text), cue, content)
    assert ok, shown


def test_an_among_phrase_names_the_holders(nlp):
    found = top(nlp, "There is mounting anxiety among farmers that the drought will last.")
    assert [(r.cue.text, r.source.text if r.source else None, contents(r)) for r in found] == [
        ("anxiety", "farmers", ["the drought will last"])]


@pytest.mark.parametrize("text", [
    "There are fears.",
    "There is hope for the team yet.",
    "There are signs that the economy is recovering.",
    "There is no evidence that the mayor knew.",
    "There is a risk that the roof will fall.",
    "There is no question that the bridge is old.",
    "There is no guarantee that the shop will reopen.",
    "If there were any doubts about the plan, the vote ended them.",
    "Prices rose amid fears of a recession.",
])
def test_no_view_held_is_no_record(nlp, text):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None] == []
