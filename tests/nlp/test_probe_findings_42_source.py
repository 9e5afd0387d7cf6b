"""Patterns of the forty-second session (helper source): a bare participle joined by 'and' that
the parser hung on a verb inside what a set-off participle reports ('..., urging voters to see X
and promising Y', '..., warning that the group could enter and implying Z') goes on with that
participle (``tense_series``): its subject is the sentence's, not the reported clause's, and the
first report ends before it. A participle that goes on a reported clause's own participle stays
('saying the agency was reviewing the rules and considering changes'). Every sentence is written
for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, first, first_content, second, source, second_content", [
    ("She offers calm instead of anger, urging voters to see the big picture and promising to manage the upheaval.",
     "urging", ["voters to see the big picture"], "promising", "She", ["to manage the upheaval"]),
    ("On Thursday, he widened his calls for checks, warning followers that the group could easily enter the country "
     "and implying that some members might already be here.",
     "warning", ["the group could easily enter the country"], "implying", "he", ["some members might already be here"]),
])
def test_a_participle_after_and_goes_on_the_set_off_participle(nlp, text, first, first_content, second, source,
                                                                second_content):
    found = records(nlp, text)
    one = next(r for r in found if r.cue is not None and r.cue.text == first)
    two = next(r for r in found if r.cue is not None and r.cue.text == second)
    assert contents(one) == first_content
    assert two.source is not None and two.source.text == source
    assert contents(two) == second_content


def test_a_participle_of_the_reported_clause_stays(nlp):
    found = records(nlp, "The minister left early, saying the agency was reviewing the rules and considering changes.",
                    "saying")
    assert any("considering changes" in c for r in found for c in contents(r))
