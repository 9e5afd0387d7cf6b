"""Patterns of the forty-ninth session (helper occ): an 'at' or 'during' phrase of an occasion after an object
content is cut as the occasion the words were spoken on ('repeated her position at a rally'), but when the
content's head is a thing that happens or holds somewhere (violence, chaos, turnout, mood: ``happening_nouns.txt``)
the phrase says where it happened and stays (``happenings``). And a quotation before 'came the verdict' is the
verdict's words though 'verdict' is no noun of speech (``came_replies``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The union leader condemned the chaos at the convention.", "condemned", "The union leader",
     "the chaos at the convention"),
    ("Councillor Marsh praised the turnout at the town hall meeting.", "praised", "Councillor Marsh",
     "the turnout at the town hall meeting"),
    ("The bishop deplored the violence during the march.", "deplored", "The bishop", "the violence during the march"),
    ("The coach blasted the behaviour of a few fans at the rally.", "blasted", "The coach",
     "the behaviour of a few fans at the rally"),
    ("Organisers praised the security at the summit.", "praised", "Organisers", "the security at the summit"),
    ("The senator criticized the disorder at the fundraiser on Friday.", "criticized", "The senator",
     "the disorder at the fundraiser"),
    ("The commentator mocked his performance at the debate.", "mocked", "The commentator",
     "his performance at the debate"),
    ("Ms Okafor described the atmosphere at the ceremony as electric.", "described", "Ms Okafor",
     "the atmosphere at the ceremony as electric"),
])
def test_where_the_thing_happened_stays_in_the_content(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("The candidate repeated her position at a rally in Leeds.", "repeated", "The candidate", "her position"),
    ("The mayor outlined his housing plan at a luncheon.", "outlined", "The mayor", "his housing plan"),
    ("The minister defended the budget at the forum.", "defended", "The minister", "the budget"),
    ("The senator stressed her support for farmers during the convention.", "stressed", "The senator",
     "her support for farmers"),
    ("The governor announced the closure at a news conference.", "announced", "The governor", "the closure"),
])
def test_where_words_or_a_stance_were_given_is_still_cut(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


def test_a_quotation_before_came_the_verdict_is_the_verdict(nlp):
    ok, shown = found_report(top(nlp, '"Guilty," came the verdict from the jury foreman.'), "came the verdict",
                             "the jury foreman", "Guilty")
    assert ok, shown
    (found,) = [r for r in top(nlp, '"Not guilty," came the verdict.') if r.cue is not None]
    assert found.cue.text == "came the verdict" and found.source is None
    assert [c.text for c in found.contents] == ["Not guilty"]


def test_a_verdict_with_no_quotation_before_it_is_no_report(nlp):
    assert not [r for r in top(nlp, "After hours of talks came the verdict from the panel.") if r.cue is not None]


# An occasion right after a voiced noun or an act noun is where the words were given, not what they are on
# (``happenings.occasion_not_topic``): the noun is the content, not the occasion.

@pytest.mark.parametrize("text, cue, content", [
    ("She reiterated the message at a town hall on Tuesday.", "reiterated", "the message"),
    ("He repeated the warning at a rally.", "repeated", "the warning"),
])
def test_an_occasion_after_a_voiced_noun_is_no_topic(nlp, text, cue, content):
    found = [r for r in top(nlp, text) if r.cue is not None]
    assert [(r.cue.text, [c.text for c in r.contents]) for r in found] == [(cue, [content])]


@pytest.mark.parametrize("text, cue, content", [
    ("She expressed concern about the hearing.", "expressed concern about", "the hearing"),
    ("The mayor expressed support for the plan during the meeting.", "expressed support for", "the plan"),
])
def test_a_topic_after_a_voiced_noun_stays_the_content(nlp, text, cue, content):
    found = [r for r in top(nlp, text) if r.cue is not None]
    assert [(r.cue.text, [c.text for c in r.contents]) for r in found] == [(cue, [content])]
