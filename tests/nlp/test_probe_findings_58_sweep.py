"""Sweep of the fifty-eighth session (helper I) over the cases the written sets and the reports left wrong,
grouped by cause. Mended here: a word right after 'the', 'a', 'an' or a possessive is a noun, never the verb
of a reporting tail, so 'X, the engineer in charge of the project, said Y' is no report of 'project' that
swallows the real one (``reporting_tails``); a participle that is never a simple past ('written', 'given')
is tagged a participle again where the tagger read it as a past, so 'said the pupils had soldered X and
written Y' is one report over both conjuncts and 'written' no cue of its own (``participle_tags``,
``distinct_participles.txt``); a verb of saying that its particle makes another verb says nothing, 'were told
off for running', 'called round with a casserole' (``particle_senses``); 'see' of the people one sees at work and
'write' of a mark written take no content, 'its nurses now see about forty patients a shift', 'wrote her name on
the photograph' (``taken_senses``, '+see', '+write'); a treatment after a part's 'of' is the thing a body answered,
'responded well to the second round of treatment' (``treated``). None of these shapes is in PolNeAR's train or dev: records
there are identical. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import top


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Mara Olsen, the engineer in charge of the project, said the bridge would open in May.",
     "Mara Olsen, the engineer in charge of the project", "the bridge would open in May"),
    ("Tom Reyes, head of the survey, said the count would be late.", "Tom Reyes, head of the survey",
     "the count would be late"),
])
def test_a_noun_after_a_determiner_is_no_reporting_tail(nlp, text, source, content):
    records = top(nlp, text)
    assert [(r.cue.text, r.source.text, r.contents[0].text) for r in records] == [("said", source, content)]


def test_a_reporting_tail_still_reads_its_verb(nlp):
    records = top(nlp, "Turnout fell sharply, records show.")
    assert [(r.cue.text, r.source.text) for r in records] == [("show", "records")]


@pytest.mark.parametrize(("text", "content"), [
    ("Physics teacher Dev Malik said the pupils had soldered the circuits and written the code themselves.",
     "the pupils had soldered the circuits and written the code themselves"),
    ("The warden said the council had cleared the path and given the cottages new doors.",
     "the council had cleared the path and given the cottages new doors"),
])
def test_a_participle_read_as_a_past_shares_its_had(nlp, text, content):
    records = top(nlp, text)
    assert [(r.cue.text, r.contents[0].text) for r in records] == [("said", content)]


@pytest.mark.parametrize("text", [
    "The hospital is short of staff and its nurses now see about forty patients a shift.",
    "Dr Amara Osei sees twenty patients a day.",
    "She wrote her name on the back of the photograph.",
    "He wrote his initials in the margin of the ledger.",
    "The children were told off for running in the corridor.",
    "The teacher told the boys off for fighting.",
    "The neighbours called round with a casserole.",
    "Nobody could tell the twins apart.",
    "Most of the ward's patients responded well to a course of antibiotics.",
])
def test_a_verb_in_a_sense_that_says_nothing(nlp, text):
    assert [r.cue.text for r in top(nlp, text) if r.cue is not None] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("Voters see him as a fighter.", "see"),
    ("He wrote that the plan was dead.", "wrote"),
    ("She told reporters the plan was off.", "told"),
    ("The minister responded to a round of criticism from MPs.", "responded to"),
])
def test_the_same_verbs_still_report(nlp, text, cue):
    assert cue in [r.cue.text for r in top(nlp, text) if r.cue is not None]
