"""Patterns of the forty-ninth session (helper rt): a red team of the session's first wave. A post or
message whose words open with a handle and a comma is the post's words, not a contact line
(``contact_lines``); a quotation inside a sentence, a title, does not become a reply that 'came'
(``came_replies``); an 'as' clause of shouting set off by commas inside a report with its own source
says when, no aside (``sounded``). The wave's other rules are held on near misses of their own.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records


@pytest.mark.parametrize("text, cue, source, expected", [
    ('The campaign posted: "@CouncilorVane, where did the parking money go?"', "posted", "The campaign",
     ["@CouncilorVane, where did the parking money go?"]),
    ('The coach replied: "@jwhitlow, come and watch us train before you judge."', "replied", "The coach",
     ["@jwhitlow, come and watch us train before you judge"]),
])
def test_a_post_opening_with_a_handle_and_a_comma_stays_a_report(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


@pytest.mark.parametrize("text", [
    "Contact the desk: @harbordesk, harbordesk@tidewater.example.",
    "Follow Lena Ortiz on Twitter: @lenaortiz.",
])
def test_a_list_of_addresses_is_still_a_contact_line(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and r.cue.text == ":"] == []


def test_a_title_inside_a_sentence_is_no_reply(nlp):
    text = 'After the opening night of "Marrow," came the response from critics, who were unkind.'
    assert [r for r in records(nlp, text) if r.cue is not None and "came" in r.cue.text] == []


@pytest.mark.parametrize("text, cue, content", [
    ('The clerk read out the motion. "Aye," came the response from the floor.', "came the response", "Aye"),
    ('Would the plant stay open? "Not a chance," came the reply.', "came the reply", "Not a chance"),
])
def test_a_reply_opening_its_sentence_stays_a_report(nlp, text, cue, content):
    (record,) = records(nlp, text, cue)
    assert contents(record) == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The chairwoman, as delegates shouted, said the count would stand.", "said", "The chairwoman",
     "the count would stand"),
    ("The umpire, as fans booed, told reporters the call was correct.", "told", "The umpire", "the call was correct"),
])
def test_shouting_set_off_inside_a_report_is_no_aside(nlp, text, cue, source, content):
    found = records(nlp, text)
    assert [r for r in found if r.cue is not None and r.cue.text in ("shouted", "booed")] == []
    assert found_report(found, cue, source, content)


def test_shouting_set_off_around_a_plain_clause_may_stay_an_aside(nlp):
    found = records(nlp, "The hearing, as one tenant shouted, was a sham.", "shouted")
    assert [r.source.text for r in found if r.source is not None] == ["one tenant"]


@pytest.mark.parametrize("text, cue", [
    ("Will the county raise fares? Few riders expect it to.", "expect"),
    ("She wrote a memoir about her decade on the bench.", "wrote"),
    ("The bakery answered the flour shortage with smaller loaves.", "answered"),
])
def test_the_waves_near_misses_report_nothing(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("In her memoir, the judge wrote that the court had ignored warnings.", "wrote", "the judge",
     "the court had ignored warnings"),
    ("The envoy said at the summit that talks would resume in June.", "said", "The envoy", "talks would resume in June"),
    ("The envoy said the summit would end without a deal.", "said", "The envoy", "the summit would end without a deal"),
    ("Officials expect the bridge to reopen by spring.", "expect", "Officials", "the bridge to reopen by spring"),
])
def test_the_waves_reports_stay(nlp, text, cue, source, content):
    assert found_report(records(nlp, text), cue, source, content)
