"""Follow-ups of the sixty-eighth pass on verbs of releasing and issuing, each checked against how PolNeAR
train marks its shape before anything was mended. Every sentence here is written for this file.

- A release is a report only with something said or written for its object. Train marks the release of a
  statement, an ad, a video, a list, findings or books as a cue (62 of the 329 forms of 'release' in its texts
  lie in a cue) and no release of people (prisoners, a named contractor, a number of detainees). On main the
  parse's object of 'released 42 hostages' was shown as the rebels' words; ``released_things`` now takes
  people held (``freed_nouns.txt``) for things set free, as it took 'him' and creatures (not any person named:
  a headline's capitalised words read as a name after 'reveal' lost a right record on train). 'issued 40
  permits', 'released 300 turtles' and 'released 120,000 tonnes of gas' were shown by no record on main already.
- 'The students corrected their answers' stays shown: a possessive of the subject's own work does not part it
  from 'The minister corrected her claim that X' (the same possessive), and train holds too few 'correct'
  records (2 cues among 38 forms, none with such an object) to say more, so it is left, below.
"""

from __future__ import annotations

import pytest
from probe_records import contents, top


@pytest.mark.parametrize("text", [
    "The rebels released 42 hostages on Sunday.",
    "The militia released the prisoners after talks in Varnholt.",
    "Guards released three detainees from the camp at Orsby on Friday.",
    "The army released Tomas Vell, a reporter held for a month.",
    "Captors released the aid workers on Monday.",
    "Volunteers released 300 turtles into the bay at Cressmoor.",
    "The zoo released two bears into the forest near Ossary.",
    "The plant released 120,000 tonnes of gas last year.",
    "The council issued 40 permits last month.",
    "Ms Arlen corrected her essay on Friday.",
])
def test_a_release_of_people_animals_or_matter_reports_nothing(nlp, text):
    assert not [r for r in top(nlp, text) if r.cue is not None and r.cue.text in ("released", "issued", "corrected")]


@pytest.mark.parametrize(("text", "cue", "source", "opening"), [
    ("The minister corrected her claim that the school had closed.", "corrected", "The minister", "her claim"),
    ("The agency released figures showing that exports fell by 4%.", "showing", "The agency", "exports fell"),
])
def test_words_released_or_corrected_stay_reports(nlp, text, cue, source, opening):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert found and found[0].source is not None and found[0].source.text == source
    assert contents(found[0])[0].startswith(opening)


@pytest.mark.parametrize(("text", "why"), [
    ("The students corrected their answers before the bell.",
     "'answers' is a noun of saying for the frame 'correct', and the subject's possessive parts it from no claim"),
])
@pytest.mark.xfail(strict=True, reason="still shown: see the case's reason")
def test_a_correction_still_shown(nlp, text, why):
    assert not [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "corrected"], why
