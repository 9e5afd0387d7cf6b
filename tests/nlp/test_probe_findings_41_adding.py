"""Patterns of the forty-first session (helper adding): a participle of saying set off after a
quotation is the first report's speaker's next act, a record of its own, also when the parser hung
it on a word inside what was said. 'The senator stated, "X," adding, "Y"': the participle hung on
the quoted verb, whose subject ('budget') is no speaker; the speaker is the last subject before it
outside the quotation (``participles._subject_before``). 'She said that is a "distortion,"
describing Y': the participle hung on the reported clause's verb, whose subject ('that') is the
claim, not who made it; after a closing quotation mark the speaker is the reporting verb's subject.
Not a quotation's own subject ('"I hear that every day," she said, before adding X'), nor a
participle of a second speaker's clause ('..., and the governor agreed, saying X'). Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def test_a_participle_hung_on_the_quoted_verb_is_the_speakers_next_report(nlp):
    found = records(nlp, 'The senator stated, "The budget is a mess," adding, "We will fix it next year."')
    first = next(r for r in found if r.cue is not None and r.cue.text == "stated")
    second = next(r for r in found if r.cue is not None and r.cue.text == "adding")
    assert "We will fix it next year" not in " ".join(contents(first))
    assert second.parent is None
    assert second.source is not None and second.source.text == "The senator"
    assert contents(second) == ["We will fix it next year"]


def test_a_participle_hung_on_the_reported_clause_after_a_quotation_is_the_speakers(nlp):
    found = records(nlp, 'She said that is a "distortion," describing the security team as highly accomplished.')
    first = next(r for r in found if r.cue is not None and r.cue.text == "said")
    second = next(r for r in found if r.cue is not None and r.cue.text.startswith("describing"))
    assert contents(first) == ['that is a "distortion,"']
    assert second.parent is None
    assert second.source is not None and second.source.text == "She"


@pytest.mark.parametrize("text, cue, source", [
    # the quotation's own subject is not the participle's
    ('"I hear that every day," she said, before adding that the line was busy.', "adding", "she"),
    # a participle of a second speaker's clause after the quotation stays that speaker's
    ('The senator said the bill "goes too far," and the governor agreed, saying it would cost jobs.', "saying",
     "the governor"),
])
def test_the_participles_own_speaker_stays(nlp, text, cue, source):
    found = records(nlp, text, cue)
    assert [r.source.text if r.source else None for r in found] == [source]
