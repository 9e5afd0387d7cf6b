"""Patterns of the fifty-second session (helper spnc, speech reports with no candidate): a past verb of
saying the parser hung as a participle on its own subject ('The local paper called on the mayor to resign'
read as 'a paper called X'; 'Two broadcasters reported on Friday the factory would shut' with the noun a
second subject of 'shut'; 'X; one councillor called the rise "a scandal"' with the noun an apposition past
a semicolon) is the noun's verb (``subject_participles``). Near misses stay participles: a naming ('A boy
called Tom', 'a choir called the Harbour Singers'), a passive with its agent or with nothing only an active
verb takes ('A statement issued by the ministry', 'The man accused of the theft'), a quoted name before
the sentence's verb ('A news site called "The Harbour" reported X'), and a name split off the participle's
phrase ('A notice posted on the website Harbour.net said X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The local paper called on the mayor to resign.", "called on", "The local paper", "the mayor to resign"),
    ("Two broadcasters reported on Friday the factory would shut in spring.", "reported", "Two broadcasters",
     "the factory would shut in spring"),
    ("Several outlets reported on Monday the harbour had \"serious safety problems\" with its cranes.", "reported",
     "Several outlets", "the harbour had \"serious safety problems\" with its cranes"),
    ("That decision led the board to call a meeting in June on whether to sell the land; one trustee called the sale "
     "\"a betrayal of the founders.\"", "called", "one trustee", "the sale \"a betrayal of the founders.\""),
])
def test_a_verb_of_saying_read_as_a_participle_on_its_subject_reports(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue", [
    ("A boy called Tom.", "called"),
    ("They funded a choir called the Harbour Singers.", "called"),
    ("A statement issued by the ministry denied the claim.", "issued"),
    ("The man accused of the theft appeared in court.", "accused"),
    ("The jobless rate held at 4.2% in May, state figures released Monday show.", "held"),
    ("A local news site called \"The Harbour\" reported that the ferry would stop.", "called"),
    ("A notice posted on the website Harbour.net said the ferry would stop in May.", "posted"),
])
def test_a_participle_on_a_noun_stays_one(nlp, text, cue):
    assert [r for r in top(nlp, text) if r.cue is not None and r.cue.text.startswith(cue)] == []


@pytest.mark.parametrize("text, source, content", [
    ("A local news site called \"The Harbour\" reported that the ferry would stop.",
     "A local news site called \"The Harbour\"", "the ferry would stop"),
    ("A notice posted on the website Harbour.net said the ferry would stop in May.",
     "A notice posted on the website Harbour.net", "the ferry would stop in May"),
])
def test_the_sentences_verb_still_reports_past_the_participle(nlp, text, source, content):
    ok, shown = found_report(top(nlp, text), "", source, content)
    assert ok, shown
