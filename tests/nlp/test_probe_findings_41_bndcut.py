"""Patterns of the forty-first session (helper bndcut): a concession opened by 'even if' after a
comma is the speaker's, like one opened by 'though' ('said the ward would open in May, even if the
budget ran short'); 'even as' stays the writer's (``tails._CONCESSIVE``). ('described X as Y' keeps
the seeds' convention, the description the content and 'described X as' the cue, though PolNeAR's
annotators take 'X as Y' in about 35 of 40.) Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, content", [
    ("The minister said the new ward would open in May, even if the budget ran short.",
     "the new ward would open in May, even if the budget ran short"),
    # a time set beside it by the writer: not the speaker's
    ("The minister said the new ward would open in May, even as nurses walked out over pay.",
     "the new ward would open in May"),
])
def test_a_concession_with_even_if_is_the_speakers(nlp, text, content):
    found = [contents(a) for a in records(nlp, text) if a.cue is not None and a.cue.text == "said"]
    assert found == [[content]]
