"""Patterns of the fifty-third session (helper bnd, where a reported clause's content ends;
``present_conjuncts``): a clause in the present with a subject of its own, joined with 'and' or 'but' to a
past cue right after its reported clause, holds the speaker's words in their own tense and goes on with the
content (the writer narrates in the past). Near misses stay: a clause in the past (the writer's next event),
a verb of saying or holding with a subject of its own (another's report), a present cue (whose present
clause may as well be the writer's), a check the writer notes. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The inspector said the tunnel had flooded twice, and the pumps are too small for the job.",
     "said", "The inspector", "the tunnel had flooded twice, and the pumps are too small for the job"),
    ("The chef told diners the kitchen was short of staff, but the menu will stay the same.",
     "told", "The chef", "the kitchen was short of staff, but the menu will stay the same"),
    ("The coach said the squad had trained hard, but the final is another matter.",
     "said", "The coach", "the squad had trained hard, but the final is another matter"),
])
def test_a_present_clause_after_a_past_report_goes_on_with_it(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    # the writer's next event, in the past
    ("The coach said the team had trained hard, but the players lost the final.",
     "said", "The coach", "the team had trained hard"),
    # another's report
    ("The coach said the team had trained hard, but the union says the players are tired.",
     "said", "The coach", "the team had trained hard"),
    ("The chef said the kitchen was short of staff, and critics believe the menu will shrink.",
     "said", "The chef", "the kitchen was short of staff"),
    # a present cue
    ("The coach says the team trained hard, and the fans are happy.", "says", "The coach", "the team trained hard"),
    # the writer's note on the report
    ("The trustee said the fund had grown, but the figure cannot be verified.", "said", "The trustee", "the fund had grown"),
])
def test_near_misses_keep_the_first_clause_alone(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown
