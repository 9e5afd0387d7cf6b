"""Patterns of the thirtieth session's probes (helper wC2): reporting tails whose source a
gerund modifies or whose document's release the parser read as the verb, and a past tense read
as the object of a preposition after its subject. Every sentence is written for the test, except
the one the brief gave for the last pattern."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("source", ["tracking data", "flight-tracking data"])
def test_a_tail_source_a_gerund_modifies(nlp, source):
    text = f"The tanker drifted off the cape for two days, {source} shows."
    found = records(nlp, text, "shows")
    assert [(a.source.text, contents(a)) for a in found] == [
        (source, ["The tanker drifted off the cape for two days"])]


def test_a_tail_documents_release_read_as_the_verb(nlp):
    text = "The vacancy rate held at 3.1% in March, county figures released Friday show."
    found = records(nlp, text, "show")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("county figures released Friday", ["The vacancy rate held at 3.1% in March"])]


@pytest.mark.parametrize("text, source", [
    ("The ferry left port on Monday, radar data shows.", "radar data"),
    ("The vacancy rate rose to 3.1% in March, figures published last month show.", "figures published last month"),
])
def test_tail_sources_that_read_stay(nlp, text, source):
    assert [a.source.text for a in records(nlp, text, text.split()[-1].rstrip("."))] == [source]


def test_no_tail_after_a_gerund_of_doing(nlp):
    assert records(nlp, "The team kept working, hoping data shows.", "shows") == []


def test_a_past_tense_read_as_the_object_of_the_subjects_preposition(nlp):
    # (the brief's sentence: with other words the tagger reads 'forecast' as a noun, a misparse left open)
    text = "Economists at Helvan Bank forecast that inflation will peak next year."
    found = records(nlp, text, "forecast")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("Economists at Helvan Bank", ["inflation will peak next year"])]


def test_a_bare_subject_forecast_stays(nlp):
    found = records(nlp, "Economists forecast that prices will fall next year.", "forecast")
    assert [a.source.text for a in found] == ["Economists"]
