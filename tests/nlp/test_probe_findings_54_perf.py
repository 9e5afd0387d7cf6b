"""The fifty-fourth session's speed pass: the parse mendings that walk every word of an article
(``hung_cues``, ``inverted``, ``quoted_series``, ``denied_plurals``, ``clause_inversions``,
``surnames``) now test the words' table (``tables``) before making a Token, and ``restated`` passes
a report no content of an aside can hold before testing each content. Outputs are unchanged; these
sentences, written for the test, check that each mending still reads what it read (and still
leaves its near misses alone)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # an inverted cue after a quotation, a long subject after it (``inverted``)
    ('"The comet will not return for a century," cautioned astronomer Lucy Tran of the Wexley Observatory.',
     "cautioned", "astronomer Lucy Tran of the Wexley Observatory", "The comet will not return for a century"),
    # a cue at the sentence's end after a speaker and an aside (``hung_cues``)
    ('"I never signed the lease," the tenant, visibly shaken, insisted.', "insisted", "the tenant",
     "I never signed the lease"),
    # a verb of saying after a comma, the phrase after it its subject (``clause_inversions``)
    ("The reservoir will overflow by Sunday, warned the county engineer.", "warned", "the county engineer",
     "The reservoir will overflow by Sunday"),
])
def test_the_mended_cues_still_report(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    # a verb after a closing quotation mark with no sentence-opening quotation: no inverted cue of its own
    'The council called the scheme "rushed," approved the budget and adjourned.',
    # a verb after a comma that is no verb of saying: no inversion
    "The reservoir will overflow by Sunday, flooded the county road.",
])
def test_near_misses_stay_unreported(nlp, text):
    assert not any(r.cue is not None and r.cue.text in ("rushed", "flooded") for r in records(nlp, text))
