"""Patterns of the fifty-third session (helper short, contents cut too short; ``lead_phrases``): a condition
set off right after the cue and before the reported clause's subject, which the parser hung on the cue, opens
the content ('says, win or lose, he is staying', 'says no matter what X, "Y"'). Near misses stay as they were:
a time, a manner or a clause of when it was said between the cue and the clause, a word alone ('however'), a
phrase before 'that'. Every sentence is written for the test, in several genres (sport, councils, courts,
business)."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The coach says, win or lose on Sunday, he is staying with the club.",
     "says", "The coach", "win or lose on Sunday, he is staying with the club"),
    ('The mayor says no matter what the council decides on the budget, "the library will stay open."',
     "says", "The mayor", 'no matter what the council decides on the budget, "the library will stay open."'),
    ("The chief executive says, win or lose in court, the company will keep its prices.",
     "says", "The chief executive", "win or lose in court, the company will keep its prices"),
])
def test_a_condition_after_the_cue_opens_the_content(nlp, text, cue, source, content):
    found = top(nlp, text)
    record = next(r for r in found if r.cue is not None and r.cue.text == cue)
    assert record.source is not None and record.source.text == source
    assert [c.text for c in record.contents] == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ('The mayor said a day earlier, "The vote was a disgrace."', "said", "The mayor", "The vote was a disgrace"),
    ("The judge wrote, so plainly that nobody could miss it, that the law was void.",
     "wrote", "The judge", "the law was void"),
    ("The owner said on Monday the stadium would be sold.", "said", "The owner", "the stadium would be sold"),
    ("The minister said in a statement the tax would stay.", "said", "The minister", "the tax would stay"),
])
def test_a_time_or_manner_after_the_cue_stays_out(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown
