"""Patterns of the thirty-fifth session (helper M1): a clause's verb the parser read as the
auxiliary of an adjective ('told lawmakers that banks had limited exposure', ``mends``); the one
addressed by a passive verb of telling, who is no part of what was said ('Motorists have been
warned to expect delays'); a participle read as the clause of 'with' ('with temperatures forecast
to reach 41 degrees'); a platform after 'wrote on', where the words went, not their topic; a
belief inside a goal ('to ensure that every worker feels X'); an 'it' that stands for a body named
in its own sentence ('The company said it believes X'); and 'cautioned X against Y', a verb of
telling like 'warn'. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- an auxiliary read on an adjective


@pytest.mark.parametrize("text, cue, content", [
    ("The minister told lawmakers that banks had limited exposure to Kestrel.", "told",
     "banks had limited exposure to Kestrel"),
    ("The report found that lenders had restricted access to credit.", "found", "lenders had restricted access to credit"),
])
def test_a_clause_verb_read_as_the_auxiliary_of_an_adjective(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("The minister said that banks had limited exposure to Kestrel.", "said", "banks had limited exposure to Kestrel"),
    ("The minister told lawmakers that banks had limited their exposure to Kestrel.", "told",
     "banks had limited their exposure to Kestrel"),
    ("Officials told reporters that the city had reduced services in the area.", "told",
     "the city had reduced services in the area"),
])
def test_a_clause_the_parser_read_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- the one addressed by a passive


@pytest.mark.parametrize("text, cue, content", [
    ("Motorists have been warned to expect delays.", "have been warned", ["to expect delays"]),
    ("The company has been asked to provide documents.", "has been asked", ["to provide documents"]),
])
def test_the_one_a_passive_addresses_is_no_content(nlp, text, cue, content):
    assert [(a.source, contents(a)) for a in records(nlp, text, cue)] == [(None, content)]


def test_a_raised_subject_stays_in_the_content(nlp):
    assert [contents(a) for a in records(nlp, "The bank is expected to act.", "is expected")] == [["The bank", "to act"]]


# ---------------------------------------------------------------- a participle read as the clause of 'with'


def test_a_participle_after_with_is_no_report(nlp):
    text = ("Inspector Dana Whitlow warned that conditions would worsen on Thursday, with temperatures forecast to "
            "reach 41 degrees.\n\n\"Don't be complacent. This fire is still burning.\"")
    found = records(nlp, text)
    assert [a.cue.text for a in found] == ["warned"]
    assert "Don't be complacent. This fire is still burning" in contents(found[0])


@pytest.mark.parametrize("text", [
    "Conditions would worsen, with temperatures predicted to reach 41 degrees.",
])
def test_a_past_tense_after_with_is_no_report(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The bill passed, with Senator Ann Cole saying it was overdue.", "saying", "it was overdue"),
    ("Temperatures are forecast to reach 41 degrees, the bureau said.", "said", "Temperatures are forecast to reach 41 degrees"),
])
def test_a_gerund_after_with_still_reports(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- where the words went


@pytest.mark.parametrize("text, content", [
    ("\"When is something going to be done?\" one resident wrote on a local Facebook group.",
     ["When is something going to be done?"]),
    ("\"When is it going to be done?\" she wrote on Facebook.", ["When is it going to be done?"]),
])
def test_a_platform_after_wrote_on_is_no_topic(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "wrote")] == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("She wrote on the dangers of inflation.", "wrote on", "the dangers of inflation"),
    ("He commented on Facebook's decision.", "commented on", "Facebook's decision"),
])
def test_a_topic_after_wrote_on_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a goal


@pytest.mark.parametrize("text", [
    "\"My job is to ensure that every worker feels that the party belongs to him,\" Rao said.",
    "We will ensure that every worker feels that the party belongs to him, Rao said.",
])
def test_a_belief_inside_a_goal_is_no_record(nlp, text):
    assert [a.cue.text for a in records(nlp, text)] == ["said"]


@pytest.mark.parametrize("text, cue", [
    ("Rao said every worker feels that the party belongs to him.", "feels"),
    ("He ensured that the report said the plant was safe.", "said"),
    ("I am sure that voters know that the party cares.", "know"),
    ("It is up to them to make sure everyone knows how the mayor caused this mess.", "knows"),
])
def test_a_belief_outside_a_goal_stays(nlp, text, cue):
    assert len(records(nlp, text, cue)) == 1


# ---------------------------------------------------------------- an 'it' for a body of its own sentence


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The company said it believes its practices comply with the law.", "believes", "company",
     "its practices comply with the law"),
    ("When Congress set the limit, it believed the figure would cover most savers.", "believed", "Congress",
     "the figure would cover most savers"),
])
def test_an_it_for_a_body_of_its_own_sentence_holds_the_belief(nlp, text, cue, speaker, content):
    assert [(a.speaker, contents(a)) for a in records(nlp, text, cue)] == [(speaker, [content])]


def test_an_it_with_no_body_holds_no_belief(nlp):
    assert records(nlp, "He said it seems the plan will fail.", "seems") == []


# ---------------------------------------------------------------- 'cautioned X against Y'


@pytest.mark.parametrize("text, cue, content", [
    ("Mr Ethekon cautioned aspirants against campaigning before May 10.", "cautioned", "campaigning"),
    ("He cautioned investors about the risks of crypto.", "cautioned", "the risks of crypto"),
    ("The bank cautioned against reading too much into the figures.", "cautioned against", "reading too much into the figures"),
])
def test_cautioned_the_one_addressed_against_a_thing(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_cautioned_that_stays(nlp):
    found = records(nlp, "She cautioned that the recovery was fragile.", "cautioned")
    assert [contents(a) for a in found] == [["the recovery was fragile"]]
