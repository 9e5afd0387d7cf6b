"""Patterns of the forty-fourth session (helper probesC), found by writing short reports that vary
the shape of the sentence rather than its topic (long and fronted subjects, stacked and negated
cues, questions, lists of speakers, hearsay participles). A past form of a cue opening the sentence
with an infinitive after it ('Said to be worth $5m, the house ...') is a passive of hearsay: the
main clause's subject is what is reported on, not who reports it; a bare form opening it ('Say
what you like about X, Y') bids the reader (``hearsay_participles``). A subject opened by 'neither'
negates the cue as 'not' does, so a 'when' or 'why' clause after it is what is not said ('Neither
side would say when X', ``leads``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, content", [
    ("Said to be worth $2 million, the farmhouse overlooks the bay.", "to be worth $2 million"),
    ("Said to have cost a small fortune, the fountain was switched on at noon.", "to have cost a small fortune"),
    ("Said to be the oldest pub in the valley, the inn serves a famous pie.", "to be the oldest pub in the valley"),
])
def test_a_fronted_hearsay_participle_has_no_source(nlp, text, content):
    found = records(nlp, text)
    assert [(r.source, contents(r)) for r in found] == [(None, [content])]


def test_a_fronted_participle_of_speaking_keeps_the_main_subject(nlp):
    found = records(nlp, "Speaking to farmers on Monday, the minister said the subsidy would stay.", "said")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [
        ("the minister", ["the subsidy would stay"])]


@pytest.mark.parametrize("text, source, content", [
    ("Neither side would say when the talks resume.", "Neither side", "when the talks resume"),
    ("Neither the landlord nor the tenants would explain why the door was locked.",
     "Neither the landlord nor the tenants", "why the door was locked"),
])
def test_a_subject_opened_by_neither_withholds_a_wh_clause(nlp, text, source, content):
    found = records(nlp, text)
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [(source, [content])]


def test_a_clause_of_time_after_an_unnegated_cue_is_no_content(nlp):
    assert records(nlp, "The bishop spoke when the bells stopped.") == []


def test_a_bare_form_opening_the_sentence_bids_the_reader(nlp):
    assert records(nlp, "Say what you like about the new stadium, the seats are comfortable.") == []
