"""Two source errors of the fifty-fourth session's precision review. Every sentence is written for the test.

'The senator criticised the budget after her rival won the vote, calling it reckless': the parser hung
the participle set off after the clause of 'after' on that clause's verb, so the clause's subject became
its source; the participle hangs on the main clause, whose subject spoke (``subordinate_participles.py``).
'The party has 40 pledged delegates': the parser read 'has' as an auxiliary, the number as the subject and
'pledged' as the verb; a bare count after such a 'has' counts things and speaks for no one
(``counted_participles.py``)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The senator criticised the budget after her rival won the vote, calling it reckless.", "calling",
     "The senator", "it reckless"),
    ("Police arrested the man when he returned, saying he had breached bail.", "saying", "Police",
     "he had breached bail"),
    ("The coach dropped the striker because the team lost badly, saying he needed a rest.", "saying", "The coach",
     "he needed a rest"),
    ("The mayor vetoed the bill although the council had approved it, arguing that it was too costly.", "arguing",
     "The mayor", "it was too costly"),
    ("The council approved the plan after it was revised, saying it would help traders.", "saying", "The council",
     "it would help traders"),
])
def test_a_participle_set_off_after_an_adverbial_clause_is_the_main_clauses(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The mayor, who had opposed the plan, said it would fail.", "said", "The mayor, who had opposed the plan",
     "it would fail"),
    ("The team celebrated after the striker scored twice saying it was his best game.", "saying", "the striker",
     "it was his best game"),
    ("The mayor was criticised by unions, though last week she changed course, saying the cuts would be reversed.",
     "saying", "she", "the cuts would be reversed"),
])
def test_a_participle_the_clause_owns_keeps_its_subject(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The party has 40 pledged delegates.",
    "Her campaign had 12 promised votes before the count.",
])
def test_a_count_after_has_is_no_speaker(nlp, text):
    assert not any(r.source is not None and r.source.text[:1].isdigit() for r in records(nlp, text))


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Forty said they would strike.", "said", "Forty", "they would strike"),
    ("Two have said they will run.", "said", "Two", "they will run"),
    ("The club has 60 registered players, officials said.", "said", "officials", "The club has 60 registered players"),
])
def test_a_count_that_speaks_is_still_a_source(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there
