"""Patterns of the fortieth session (helper probes), found on invented passages of kinds of news
not probed before (police, court, sports, obituaries, weather, product launches, op-eds, science
releases, interviews, wire briefs). A person named by age alone ('the 34-year-old') before a verb
of saying is its subject: the parser read the verb as an adjective of the noun after it, or hung
the age's pieces on the verb, so the record was lost or spoken by 'year' (``aged``). A view
phrase ('In her opinion, ...') does not source a clause that is itself someone's report ('In her
written opinion, the judge wrote that X': the opinion is the document, the judge the source;
``phrases._reporter``). A question's phrase opened by 'what' or 'which' that the parser read as
the object of 'Asked' belongs to the question ('Asked what advice she would give X';
``leads._question_object``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ('"I only wanted to get home," the 34-year-old told officers.', "told", "the 34-year-old",
     ["I only wanted to get home"]),
    ("The 27-year-old told reporters he felt ready for the final.", "told", "The 27-year-old",
     ["he felt ready for the final"]),
    ('"Winning here means everything," the 19-year-old said of her first title.', "said", "the 19-year-old",
     ["Winning here means everything"]),
    ('"Frankly, nobody expected this," the 22-year-old admitted.', "admitted", "the 22-year-old",
     ["Frankly, nobody expected this"]),
])
def test_a_person_named_by_age_is_the_cues_subject(nlp, text, cue, source, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


def test_an_age_phrase_inside_another_report_and_with_its_noun(nlp):
    found = records(nlp, "Deputies said the 45-year-old told investigators he had been driving all night.")
    outer = next(r for r in found if r.cue is not None and r.cue.text == "said")
    inner = next(r for r in found if r.cue is not None and r.cue.text == "told")
    assert outer.parent is None and outer.source is not None and outer.source.text == "Deputies"
    assert inner.source is not None and inner.source.text == "the 45-year-old"
    assert contents(inner) == ["he had been driving all night"]
    # an age before its noun: the parser reads it; the whole phrase stays the source
    (record,) = records(nlp, '"We gave everything we had," the 61-year-old trainer said.', "said")
    assert record.source is not None and record.source.text == "the 61-year-old trainer"


def test_a_report_in_an_opinion_is_the_reporters(nlp):
    found = [r for r in records(nlp, "In her written opinion, the judge wrote that the contract had never been valid.")
             if r.parent is None]
    assert [(r.source.text if r.source else None, r.cue.text if r.cue else None, contents(r)) for r in found] == [
        ("the judge", "wrote", ["the contract had never been valid"])]


def test_a_view_phrase_on_a_plain_clause_still_sources_it(nlp):
    (record,) = records(nlp, "In her opinion, the contract had never been valid.")
    assert record.source is not None and record.source.text == "her"
    assert contents(record) == ["the contract had never been valid"]


@pytest.mark.parametrize("text, content", [
    ("Asked what advice she would give young swimmers, the champion laughed.", "what advice she would give young swimmers"),
    ("Asked which rival he feared most, the boxer named no one.", "which rival he feared most"),
])
def test_a_questions_phrase_read_as_the_object_of_asked(nlp, text, content):
    (record,) = records(nlp, text, "Asked")
    assert contents(record) == [content]
