"""Patterns of the forty-second session (helper bndshape): a quoted statement goes on in a quotation
with no cue of its own that opens the next sentence after a connective alone ('"A," he said. But
"B."', 'Instead, "B."') or follows it in its sentence joined by 'and' or 'or' ('"A," he said, or
"B."'); the quotation is the same speaker's (``connective_quotes``). Not after an indirect report,
not after the writer's own clause around a quoted phrase, nor a quotation the writer's next clause
opens with. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, expected", [
    ("\u201cWe will not give up on the plan,\u201d the mayor said on Monday. But \u201cthe money has to come from "
     "somewhere. We will find it.\u201d", "said",
     ["We will not give up on the plan", "the money has to come from somewhere. We will find it"]),
    ("\u201cThe council was slow,\u201d Dana Ortiz said. Instead, \u201cwe should have acted in the spring.\u201d", "said",
     ["The council was slow", "we should have acted in the spring"]),
    ("\u201cThe road is closed,\u201d Ortiz said. Then, \u201cwe reopened it at noon.\u201d", "said",
     ["The road is closed", "we reopened it at noon"]),
])
def test_a_quotation_after_a_connective_goes_on_with_the_statement(nlp, text, cue, expected):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [expected]


@pytest.mark.parametrize("text, cue, expected", [
    ("The senator closed with a joke, telling the crowd, \u201cI am a farmer like you,\u201d and, \u201cWho here has "
     "never haggled over a price?\u201d", "telling", ["I am a farmer like you", "Who here has never haggled over a price?"]),
    ("\u201cOn verra,\u201d the envoy said, or \u201cWe shall see.\u201d", "said", ["On verra", "We shall see"]),
])
def test_a_quotation_joined_by_and_or_or_goes_on_with_the_statement(nlp, text, cue, expected):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [expected]


@pytest.mark.parametrize("text, cue, expected", [
    # an indirect report: the quotation after the connective is not taken as its words
    ("Ortiz said the road was closed. But \u201cwe reopened it at noon.\u201d", "said", ["the road was closed"]),
    # the writer's narration around a quoted phrase, not a connective
    ("\u201cThe road is closed,\u201d Ortiz said. The driver lost his son when \u201ca truck ran the light.\u201d",
     "said", ["The road is closed"]),
    # the writer's next clause opens with the quoted word
    ("\u201cThe road is closed,\u201d Ortiz said, and \u201cunsafe\u201d was the word the engineers used.", "said",
     ["The road is closed"]),
])
def test_no_continuation_after_a_report_or_into_the_writers_clause(nlp, text, cue, expected):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [expected]
