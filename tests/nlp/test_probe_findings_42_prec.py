"""Patterns of the forty-second session (helper prec): a verb of answering with the thing answered after 'to' and
the answer in a gerund after 'by' ('responded to the letter by calling it X') reports nothing itself: the thing
answered is no one's words, and what the answer said is the gerund's record (``senses._answered_by``). And the
name of a markup tag followed by its attributes ('<tweet pic="" author="x">') is no verb of the text
(``senses._markup``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.lexicon import active_lexicon
from sourcebook.nlp.attribution.senses import other_sense


@pytest.mark.parametrize("text", [
    'Carter responded to that post by calling the senator "reckless" and accusing him of lying.',
    "The governor has responded to complaints about the roads by pointing to the budget cuts of last year.",
    'On Facebook, she responded on Monday to one of his posts by writing, "Please stop."',  # ('writing' read as 'by''s object)
    "The company has responded to questions about its prices by drawing attention to its record.",
])
def test_the_thing_answered_is_no_content(nlp, text):
    assert not any(r.cue is not None and "responded" in r.cue.text for r in records(nlp, text))


def test_the_answer_keeps_its_own_record(nlp):
    found = records(nlp, 'Carter responded to that post by calling the senator "reckless" and accusing him of lying.')
    assert [(r.source.text if r.source else None, r.cue.text if r.cue else None) for r in found] == [
        ("Carter", "calling"), ("Carter", "accusing")]


def test_the_answer_by_a_verb_of_saying_keeps_its_record(nlp):
    found = records(nlp, "The mayor responded to the letter by saying it was a stunt.")
    said = next(r for r in found if r.cue is not None and r.cue.text == "saying")
    assert said.source is not None and said.source.text == "The mayor"
    assert contents(said) == ["it was a stunt"]


@pytest.mark.parametrize("text, cue, content", [
    # no 'by': what follows 'to' stays the verb's (the convention the extractor keeps)
    ("The union responded to the offer with a strike.", "responded to", ["the offer with a strike"]),
    ("She replied that the plan was fair.", "replied", ["the plan was fair"]),
])
def test_an_answer_without_by_is_still_a_report(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and contents(found[0]) == content


@pytest.mark.parametrize("text", [
    '<tweet pic="" author="someone" timestamp="1449075600" tweet_id="67215">The storm looks very bad.',
    'tweet pic="" author="someone">The storm looks very bad.',
])
def test_a_markup_tag_is_no_cue(nlp, text):
    doc = nlp(text)
    tag = next(t for t in doc if t.lower_ == "tweet")
    assert other_sense(active_lexicon(), tag)
    assert not any(r.cue is not None and r.cue.text == "tweet" for r in doc._.sourcebook_attributions)


def test_the_verb_tweet_in_prose_is_still_a_cue(nlp):
    found = records(nlp, "The senator tweeted that the storm looked very bad.")
    assert any(r.cue is not None and "tweeted" in r.cue.text and contents(r) == ["the storm looked very bad"] for r in found)
