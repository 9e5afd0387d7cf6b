"""Patterns of the forty-sixth session (helper speechnc): a clause opened by 'that' after a cue,
which the parser read as an adverbial clause because a phrase saying where or when the words
were given stands between them ('saying in its statement only that X', 'recalled in 2008 that
X'), is what was said (``leads.that_clause_read_as_adverbial``). Not across a phrase with a
clause of its own or one that is no medium or time ('so that X' stays a purpose). Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ('The council gave few details about how it would repair the bridge, saying in its statement only that it was '
     '"reviewing several options."', "saying", "The council", 'it was "reviewing several options."'),
    ("The coach recalled in 1998 that before the final, the team was barely taken seriously by the papers.",
     "recalled", "The coach", "before the final, the team was barely taken seriously by the papers"),
])
def test_a_that_clause_after_the_medium_or_the_time_is_what_was_said(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert found, text
    assert found[0].source is not None and found[0].source.text == source
    assert content in " ".join(contents(found[0]))


def test_a_clause_of_purpose_stays_no_report(nlp):
    found = records(nlp, "The mayor spoke on Monday so that the crowd would calm down.", "spoke")
    assert not any("the crowd would calm down" in " ".join(contents(r)) for r in found)
