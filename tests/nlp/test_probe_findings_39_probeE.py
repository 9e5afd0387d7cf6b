"""Patterns of the thirty-ninth session (helper probeE, written news on casualty counts, aid
agencies, protests, elections, fact-checks and corrections). A cue after a quotation that opens
the sentence, whose subject the parser read as its object, has that phrase for its source ('"...,"
reads the caption on the map'; ``inverted``). A noun of a reported figure set after a comma with a
verb that disputes it ('X, a figure the army disputes'; ``denials``), also when the parser read
the present-tense verb as a plural noun (``denied_plurals``); not a relative clause whose verb has
an object of its own ('a claim for which it has offered no evidence'). An examination finds what
its examiners found ('a search of court records found', 'an autopsy showed'; ``poll_nouns.txt``).
A verb after a quotation closed inside a clause with its own subject goes on that subject's series
('The mayor called the plan "reckless," praised the firemen and said X'; ``quoted_series``), while a
cue after it with its subject after it stays inverted. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(a.cue.text if a.cue is not None else None) for a in records(nlp, text)]
    return found[0]


@pytest.mark.parametrize("text, cue, source, content", [
    ("\u2018Ten thousand troops have crossed the border,\u2019 reads the caption on a widely shared map.", "reads",
     "the caption on a widely shared map", "Ten thousand troops have crossed the border"),
    ("\u201cThe bridge is closed until spring,\u201d reads a sign at the ferry landing.", "reads",
     "a sign at the ferry landing", "The bridge is closed until spring"),
])
def test_inverted_object_is_the_source(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The ministry said 41 people died in the strikes, a figure the army disputes.", "disputes", "the army",
     "41 people died in the strikes"),
    ("Police said 41 people died, a figure the army has disputed.", "has disputed", "the army", "41 people died"),
    ("Rescuers said 300 were missing, a toll rejected by the governor.", "rejected", "the governor", "300 were missing"),
    ("The union says the airline cut pay, a claim the airline rejects.", "rejects", "the airline", "the airline cut pay"),
])
def test_figure_noun_denied(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text, cue", [
    ("Police said 41 people died, a figure the army released on Monday.", "released"),
    ("Israel says 900 of the dead were fighters, a claim for which it has offered no evidence.", "has offered"),
])
def test_no_denial(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("A search of court records found no such case.", "found", "A search of court records", "no such case"),
    ("A reverse image search shows the photo was first posted in 2019.", "shows", "A reverse image search",
     "the photo was first posted in 2019"),
    ("An autopsy found the driver had been shot twice.", "found", "An autopsy", "the driver had been shot twice"),
    ("An inspection showed the dam wall was cracked.", "showed", "An inspection", "the dam wall was cracked"),
])
def test_examination_finds(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_series_after_a_quotation_inside_a_clause(nlp):
    text = "The mayor called the plan \u201creckless,\u201d praised the firemen and said she would resign."
    said = _one(nlp, text, "said")
    assert said.source is not None and said.source.text == "The mayor"
    assert contents(said) == ["she would resign"]
    assert all(a.source is None or a.source.text != "the firemen" for a in records(nlp, text))


def test_inverted_cue_after_a_quotation_stays(nlp):
    record = _one(nlp, "The council called the plan \u201creckless,\u201d said the mayor.", "said")
    assert record.source is not None and record.source.text == "the mayor"
