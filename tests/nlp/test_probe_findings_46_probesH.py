"""Patterns of the forty-sixth session (helper probesH), found by writing speech reports in many
syntactic shapes (cue before, after and inside the content, tense and modality, frames with
adverbs and occasions, several speakers, two reports in a sentence, passives, questions, wire
style).

A second verb of saying that the parser hung as a second clause of the first, after 'and' or
'but' and with no subject of its own, is the speaker's next report, not part of the first ('said
the patient was stable but warned that X': ``paired_complements``); a verb of saying with a
subject of its own after a semicolon is another's report set beside the first ('Officials said X;
local media reported Y'). A participle joined to a reported clause in the progressive shares its
auxiliary: it goes on with the clause, even when it is a verb of saying ('said people were pushing
and screaming': ``tails.second_report``). A verb of saying that opens its sentence before a colon or a comma
and a quotation has its speaker right after it, not its object ('Said one resident: "X"': ``fronted_cues``).
'described X as Y' holds X, 'as' and Y in its content, as PolNeAR's annotators mark it (also when the
parser hung an adjective on 'as': 'described the conditions as appalling'; ``objects._described``),
and a passive verb of judging takes such an adjective as its judgement ('was seen by critics as
reckless'; ``deemed``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _top(nlp, text):
    return {r.cue.text: r for r in records(nlp, text) if r.parent is None and r.cue is not None}


@pytest.mark.parametrize(("text", "first", "first_content", "second", "second_content", "source"), [
    ("The doctor said the patient was stable but warned that the next two days were critical.",
     "said", "the patient was stable", "warned", "the next two days were critical", "The doctor"),
    ("The mayor said the road was safe but admitted that repairs were overdue.",
     "said", "the road was safe", "admitted", "repairs were overdue", "The mayor"),
])
def test_a_second_verb_of_saying_read_as_a_second_clause_is_the_next_report(nlp, text, first, first_content, second,
                                                                             second_content, source):
    found = _top(nlp, text)
    assert contents(found[first]) == [first_content]
    assert contents(found[second]) == [second_content]
    assert found[second].source is not None and found[second].source.text == source


def test_a_report_after_a_semicolon_is_another_speakers(nlp):
    found = _top(nlp, "Officials said three people had died; local media reported at least ten.")
    assert contents(found["said"]) == ["three people had died"]
    assert found["reported"].source is not None and found["reported"].source.text == "local media"


@pytest.mark.parametrize(("text", "content"), [
    # a second clause opened by 'that' is what the first verb says
    ("He said the bill was unfair and that voters would reject it.", "the bill was unfair and that voters would reject it"),
    # the clause's own verbs of saying in the progressive
    ("One woman said people were pushing and screaming.", "people were pushing and screaming"),
    ("She said the children had been laughing and joking all morning.", "the children had been laughing and joking all morning"),
])
def test_the_clause_goes_on(nlp, text, content):
    (record,) = [r for r in records(nlp, text) if r.parent is None]
    assert contents(record) == [content]


def test_the_speakers_next_report_joined_as_a_conjunct_stays_apart(nlp):
    found = _top(nlp, "The minister said the bill would pass and predicted that it would become law by summer.")
    assert contents(found["said"]) == ["the bill would pass"]
    assert contents(found["predicted"]) == ["it would become law by summer"]


@pytest.mark.parametrize(("text", "source", "content"), [
    ('Said one resident: "We have had enough."', "one resident", "We have had enough"),
    ('Added the mayor: "This is only the beginning."', "the mayor", "This is only the beginning"),
    ('Warned the minister: "There will be consequences."', "the minister", "There will be consequences"),
    ('Said a woman who lives nearby: "We are scared."', "a woman who lives nearby", "We are scared"),
])
def test_a_verb_of_saying_opening_its_sentence_has_its_speaker_after_it(nlp, text, source, content):
    (record,) = records(nlp, text)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize(("text", "content"), [
    # an adjective the parser hung on 'as' and a noun phrase alike
    ("She described the conditions as appalling.", "the conditions as appalling"),
    ("The senator described the bill as a disaster for farmers.", "the bill as a disaster for farmers"),
    ("Critics have described the plan as unworkable.", "the plan as unworkable"),
    ("She went on to describe the conditions as appalling.", "the conditions as appalling"),
])
def test_described_as_holds_the_object_what_it_is_called_and_as(nlp, text, content):
    (record,) = records(nlp, text)
    assert contents(record) == [content]


@pytest.mark.parametrize("text, content", [
    # a quoted description alone, as the seed gold's guidelines mark it: the words quoted
    ('The envoy described the camp as the "worst place on earth."', 'the "worst place on earth."'),
    ('She described the budget as "a betrayal of renters."', "a betrayal of renters"),
])
def test_described_as_a_quotation_holds_the_quoted_words(nlp, text, content):
    (record,) = records(nlp, text)
    assert contents(record) == [content]


def test_seen_as_an_adjective_is_the_judgement_of_the_subject(nlp):
    (record,) = records(nlp, "The plan was seen by critics as reckless.")
    assert record.source is not None and record.source.text == "critics"
    assert contents(record) == ["The plan", "reckless"]
