"""Patterns of the fiftieth session (helper rt3): the changes merged that half hour read on passages of our own.
A count of goals, points or runs conceded or claimed is a score, no one's words (``scores``, ``score_nouns.txt``);
'all' before the subject of a relative with no pronoun is the verb's object, no part of the source
('That was all the treasurer said': ``predeterminers``); a bare plan with only its 'for' phrase is no source
('according to plan for the hosts': ``phrases``); a noun of a place with what it is of or in is a finding
pointed out ('the holes in the case'), and 'talk up' with a word of praise promotes the place ('talked up the
new road': ``particle_objects``); a role after an owner ends a tail the tagger read as a plural ("X, the
party's chief whip estimates": ``reporting_tails``). The inverted cue after a plain clause, the plural read as a tail verb and the
semicolon mend keep their reports and their near misses. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text", [
    "The defence, which let in only two goals all season, was the best in the league.",
    "The defence, which conceded only two goals all season, was the best in the league.",
    "The visitors conceded three goals in the first half.",
    "The side has conceded just 14 points in four games.",
    "The bowlers conceded 40 runs in six overs.",
    "The spinner claimed four wickets before lunch.",
    "The match went according to plan for the home side.",
    "According to policy, the files are destroyed after a year.",
    "The guide pointed out the castle on the hill.",
    "The mayor pointed out the window at the flooded street below.",
    "Prices rose, reported losses.",
    "The firm cut jobs, reported a loss of two million pounds.",
    "Inflation slowed, revealed the limits of the central bank's power.",
    "The figures were published on Monday, the annual reports.",
    "The project ran over budget, the latest estimates.",
    "Profits rose, the bank's own estimates.",
    "Sales fell, the ministry's latest reports.",
])
def test_no_report(nlp, text):
    assert [r for r in top(nlp, text) if r.cue is not None and r.cue.text in (
        "conceded", "claimed", "according to", "According to", "pointed out", "reported", "revealed",
        "reports", "estimates")] == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("That was all the treasurer said.", "said", "the treasurer", "That was"),
    ("All the coach said was that the squad was tired.", "said", "the coach", "was that the squad was tired"),
    ("The minister conceded that the rail plan had failed.", "conceded", "The minister", "the rail plan had failed"),
    ("According to the plan, the tunnel will open in 2030.", "According to", "the plan", "the tunnel will open in 2030"),
    ("According to Plan B, the squad will switch to a back three.", "According to", "Plan B",
     "the squad will switch to a back three"),
    ("The economist pointed out the signs of a slowdown in the housing market.", "pointed out", "The economist",
     "the signs of a slowdown in the housing market"),
    ("The defence lawyer pointed out the holes in the prosecution's case.", "pointed out", "The defence lawyer",
     "the holes in the prosecution's case"),
    ("The minister talked up the new road, calling it a lifeline for the region.", "talked up", "The minister",
     "the new road"),
    ("Rents in the city centre will rise by a fifth next year, estimated the housing charity.", "estimated",
     "the housing charity", "Rents in the city centre will rise by a fifth next year"),
    ("The bridge will reopen in March, confirmed the transport minister, Ana Ruiz.", "confirmed",
     "the transport minister, Ana Ruiz", "The bridge will reopen in March"),
    ("The new pool will cost twelve million pounds, the city engineer estimates.", "estimates", "the city engineer",
     "The new pool will cost twelve million pounds"),
    ("The vote was close, the party's chief whip estimates.", "estimates", "the party's chief whip", "The vote was close"),
    ("Growth will slow, Acme's chief economist notes.", "notes", "Acme's chief economist", "Growth will slow"),
    ("Half the town's shops are empty, the council reports.", "reports", "the council", "Half the town's shops are empty"),
    ("The mayor said the road was shut; it would reopen on Monday.", "said", "The mayor", "the road was shut"),
    ("Residents claimed the water smelled of diesel; the utility denies any leak.", "claimed", "Residents",
     "the water smelled of diesel"),
    ('"The pay offer is an insult; we will strike," said the union leader.', "said", "the union leader",
     "The pay offer is an insult; we will strike"),
])
def test_reports_kept(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


def test_the_second_clause_after_a_semicolon_stays_the_speakers(nlp):
    found = top(nlp, "The mayor said the road was shut; it would reopen on Monday.")
    assert [[c.text for c in r.contents] for r in found] == [["the road was shut", "it would reopen on Monday"]]
