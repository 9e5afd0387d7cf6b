"""Patterns of the fifty-second session (helper left): leftovers seen in written text. A participle of
saying after 'with' and a quantifier that the parser read as a noun ('with some writing that X',
``with_gerunds``); an '-ing' noun after 'as' read as a participle with the verb after it for its object
('as fighting rages', ``gerund_subjects``); a nation's public body named with no tag ('NHS England') is a
body an 'it' after it can stand for (``nation_bodies``); a title joined by hyphens before a name
('Co-star Ann Lee', ``hyphened_titles``); a participle's phrase between a source and its verb of saying
read again without it ('A post shared 9,000 times claims X', ``participle_phrases``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, speaker_of, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('Fans flooded the club\'s page, with one writing online: "We deserve better than this."',
     "writing", "one", "We deserve better than this"),
    ("The decision drew criticism, with some writing that the council had ignored residents.",
     "writing", "some", "the council had ignored residents"),
    ('Readers responded in their hundreds, with many writing: "Bring back the old route."',
     "writing", "many", "Bring back the old route"),
    ("The plan drew mixed reactions, with several arguing that it went too far.",
     "arguing", "several", "it went too far"),
    ("Parents reacted angrily, with one claiming that the school had hidden the report.",  # (parsed right before)
     "claiming", "one", "the school had hidden the report"),
])
def test_a_participle_of_saying_after_with_and_a_quantifier_is_the_quantifiers_report(nlp, text, cue, source, content):
    ok, listed = found_report(top(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize(("text", "cue"), [
    ("The class struggled with some writing that the teacher had set.", "writing"),  # (no comma: a noun's clause)
    ("The walls were covered with some writing in red paint.", "writing"),  # (no clause)
    ("The village held a fete, with many dancing until midnight.", "dancing"),  # (no verb of saying)
    ("The team won easily, with one running the length of the pitch to score.", "running"),
])
def test_a_noun_after_with_and_a_quantifier_is_no_report(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text", [
    "Dozens killed as fighting rages for control of the border crossing",
    "At least 40 people have been killed as fighting rages for control of the crossing.",
    "Thousands flee as fighting spreads to the capital",
    "Hundreds stranded as flooding rages across the region",
])
def test_an_ing_noun_before_a_verb_of_happening_is_no_cue(nlp, text):
    assert not any(r.cue is not None and r.cue.text.endswith("ing") for r in records(nlp, text)), [
        (r.cue.text if r.cue else None, r.source.text if r.source else None) for r in records(nlp, text)]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Critics were wary as backing plans for the tax grew, the report said.", "said", "the report",
     "Critics were wary as backing plans for the tax grew"),
    ("Rebels took the town after fighting for control of the bridge, officials said.", "said", "officials",
     "Rebels took the town after fighting for control of the bridge"),
])
def test_reports_around_an_ing_form_after_as_stay(nlp, text, cue, source, content):
    ok, listed = found_report(top(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize(("text", "cue", "source", "content", "speaker"), [
    ("Hospitals braced for the strike. Dr Ann Lee told the Daily Courier that staff were exhausted. NHS England "
     "warned that operations would be cancelled. Urgent care will carry on, it said.", "said", "it", "Urgent care will carry on",
     "NHS England"),
    ("Sport Wales said funding would be cut. The grants will end in May, it added.", "added", "it",
     "The grants will end in May", "Sport Wales"),
    ("Jack Ireland said he would stand again. Asked why, he said the town needed him.", "said", "he",
     "the town needed him", "Jack Ireland"),  # (a given name opens it: a person)
    ("Ann England, a nurse, said wards were full. She added that morale was low.", "added", "She",
     "morale was low", "Ann England"),
])
def test_a_nations_body_named_without_a_tag_is_a_body(nlp, text, cue, source, content, speaker):
    assert speaker_of(top(nlp, text), cue, source, content) == speaker


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Co-star Danny Reeve said the film was a joy to make.", "said", "Co-star Danny Reeve", "the film was a joy to make"),
    ("Ex-minister Paul Grey said he regretted the decision.", "said", "Ex-minister Paul Grey", "he regretted the decision"),
    ("Her co-star Mia Tran told reporters the shoot had been gruelling.", "told", "Her co-star Mia Tran",
     "the shoot had been gruelling"),
    ('"It was chaos," co-star Danny Reeve said.', "said", "co-star Danny Reeve", "It was chaos"),
    ("Ex-captain Tom Reilly, 54, said the club had lost its way.", "said", "Ex-captain Tom Reilly, 54",
     "the club had lost its way"),
    ("Co-founder Maria Lind said the company would expand next year.", "said", "Co-founder Maria Lind",
     "the company would expand next year"),  # (kept whole by the tokenizer before)
])
def test_a_title_joined_by_hyphens_before_a_name_is_part_of_the_source(nlp, text, cue, source, content):
    ok, listed = found_report(top(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "Co-star Danny Reeve arrived at the premiere in a blue suit.",
    "After a face-off Smith walked away.",
])
def test_a_title_joined_by_hyphens_makes_no_report(nlp, text):
    assert records(nlp, text) == []


def test_a_date_after_a_hyphenated_word_is_no_name(nlp):
    doc = nlp("The paper noted in an op-ed Thursday that the plan had stalled.")
    ed = next(t for t in doc if t.text in ("ed", "op-ed"))  # ('op-ed' one token since the fifty-fifth pass)
    assert ed.head.text != "Thursday"


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('A post shared more than 40,000 times on Facebook claims that the council "quietly outlawed" barbecues last month.',
     "claims", "A post shared more than 40,000 times on Facebook", 'the council "quietly outlawed" barbecues last month'),
    ("A post shared 40,000 times on Facebook claims that the council banned barbecues.",
     "claims", "A post shared 40,000 times on Facebook", "the council banned barbecues"),
    ("A video viewed two million times online suggests that the vote was rigged.",
     "suggests", "A video viewed two million times online", "the vote was rigged"),
    ("Letters sent home last week warn parents that the school will close.",
     "warn", "Letters sent home last week", "the school will close"),
])
def test_a_participles_phrase_between_a_source_and_its_verb_is_the_sources(nlp, text, cue, source, content):
    ok, listed = found_report(top(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Residents gathered outside and say that the plan is unfair.", "say", "Residents", "the plan is unfair"),
    ("The firm posted a loss and warns that jobs may go.", "warns", "The firm", "jobs may go"),
])
def test_a_past_verb_joined_by_and_to_a_present_cue_stays_the_sentences(nlp, text, cue, source, content):
    ok, listed = found_report(top(nlp, text), cue, source, content)
    assert ok, listed
