"""Patterns of the forty-fourth session (helper ncall): non-speech attributions no rule proposed.
A verb of feeling whose object feels it is the object's feeling about the subject ('The new
parking rules have angered many shop owners': the owners' record, the rules its content;
``feelings``), not when the subject is a person whose act it was ('The mayor surprised voters
with her speech') nor when the one who feels is no one named ('The storm frightened them'). And
verbs of regard and deliberation taking their object as content ('resent the rules', 'cherishes
the memory', 'pondered the offer': ``stance_verbs.txt``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The new parking rules have angered many shop owners.", "have angered", "many shop owners", ["The new parking rules"]),
    ("That rattled the coach, and his team lost the next game.", "rattled", "the coach", ["That"]),
    # the feeler's phrase ends before a relative clause set off by a comma
    ("The plan has angered the board, which had hoped for more.", "has angered", "the board", ["The plan"]),
])
def test_a_feeling_is_its_object_s(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue", [
    ("The mayor surprised voters with her speech.", "surprised"),  # her act
    ("The storm frightened them.", "frightened"),  # nobody named
    ('"The plan angered the farmers," she said.', "angered"),  # the quoted speaker's words
])
def test_no_feeling_for_an_act_or_an_unnamed_feeler(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Many farmers resent the new rules on water.", "resent", "Many farmers", ["the new rules on water"]),
    ("The coach cherishes the memory of that final.", "cherishes", "The coach", ["the memory of that final"]),
    ("She despises the new tower on the harbour.", "despises", "She", ["the new tower on the harbour"]),
])
def test_regard_and_deliberation_take_their_object(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content
