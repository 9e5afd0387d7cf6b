"""Patterns of the forty-first session (helper npobj): a participle set off by a comma that closes a
content is the writer's account, not what was said, in two cases (``set_off_acts``): after the content's
closing quotation mark ('said the report was "a distortion," describing the inspectors as Y': the
speaker's words end at the mark; a participle of saying there is a report of its own, its speaker the
first report's), and after an infinitive content, an act promised or proposed ('pledged to cut parking
fees, reversing Y'). Elsewhere the participle stays (PolNeAR keeps it as often as not): after a clause
with no quotation, inside a quotation, or as the next item of a list opened by 'including'. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ('The senator said the audit was "a distortion," describing the inspectors as highly trained.', "said",
     ['the audit was "a distortion,"']),
    ('The coach said the loss was "a wake-up call," referring to the cup final in May.', "said",
     ['the loss was "a wake-up call,"']),
    ('According to the embassy, the minister was "incognito," sparking a wave of speculation.', "According to",
     ['the minister was "incognito,"']),
    ("The council has pledged to cut parking fees, reversing a decade of steady rises.", "has pledged",
     ["to cut parking fees"]),
    ("The agency is proposing to scale back the quota, siding with the growers who had opposed it.", "is proposing",
     ["to scale back the quota"]),
])
def test_a_set_off_participle_after_quoted_words_or_an_infinitive_is_the_writers(nlp, text, cue, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert [contents(r) for r in found] == [content]


def test_a_participle_of_saying_after_quoted_words_is_the_first_speakers_report(nlp):
    text = 'Mr. Lowe told the board the merger was "a done deal," adding that talks with the unions would resume.'
    first = records(nlp, text, "told")
    assert [contents(r) for r in first] == [['the merger was "a done deal,"']]
    second = records(nlp, text, "adding")
    assert [r.source.text if r.source else None for r in second] == ["Mr. Lowe"]


@pytest.mark.parametrize("text, cue, content", [
    # a clause with no quotation: the participle goes on with the report
    ("The mayor said the bridge would reopen on Monday, leaving drivers relieved.", "said",
     "the bridge would reopen on Monday, leaving drivers relieved"),
    # the participle inside the quotation is the speaker's
    ('She said the deal was "a start, giving us time to plan."', "said", "giving us time to plan"),
    # a list opened by 'including' goes on past the comma
    ("Prosecutors threatened to charge him with three crimes, including fraud, lying to agents and theft.",
     "threatened", "lying to agents"),
])
def test_the_participle_stays_elsewhere(nlp, text, cue, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert found and content in contents(found[0])[-1]
