"""Patterns of the forty-second session (helper probes8), found by running whole articles written
for the purpose through the pipeline. A person named by the span of years their age falls in
('the teenager', 'the octogenarian') is the person the article gave such an age ('Leo Brandt,
19,'), as 'the 19-year-old' is (``descriptions.aged``). A verb of saying in the present read as
a plural noun in an aside set off by commas inside the sentence ('The survey, as the report notes,
asked X') is a verb, as it is at the head of a sentence ('As the report notes, X'): also when the
parser first hung the sentence's verb on it and only the second reading without the aside sees
the aside (``reread`` then mends it: ``noun_cues.mend_noun_cues``), or read it as an apposition
with 'as' and a subject of its own ('X itself, as the report admits, Y'). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, speaker", [
    ('Substitute Leo Brandt, 19, scored the winner in stoppage time. "I just closed my eyes and hit it," '
     'the teenager said.', "Leo Brandt"),
    ('Rita Moss, 84, and her grandson Dan Kerr, 31, spoke after the parade. "I marched here in 1960," '
     'the octogenarian said.', "Rita Moss"),
    ('Coach Ian Hale praised the squad. Winger Tara Lund, 17, scored twice. "It still feels unreal," '
     'the teenager said.', "Tara Lund"),
])
def test_a_person_named_by_the_years_of_their_age(nlp, text, speaker):
    found = [r for r in records(nlp, text) if r.kind == "direct"]
    assert [r.speaker for r in found] == [speaker]


def test_an_age_class_no_age_fits_stays_with_the_last_speaker(nlp):
    text = ('"We were lucky today," said goalkeeper Ana Ruiz. Her teammate Kim Park, 28, agreed. '
            '"The teenager saved us," Park said.')
    found = records(nlp, text, "said")
    assert [r.speaker for r in found] == ["Ana Ruiz", "Kim Park"]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The survey, as the council's report notes, asked only about safer streets.", "notes",
     "the council's report", ["The survey", "asked only about safer streets"]),
    ("But the survey itself, as the council's own report admits, asked only whether people wanted safer streets.",
     "admits", "the council's own report", ["But the survey itself", "asked only whether people wanted safer streets"]),
    ("The tax, as the minister admits, will hit poorer families hardest.", "admits", "the minister",
     ["The tax", "will hit poorer families hardest"]),
])
def test_a_verb_of_saying_in_an_aside_opened_by_as(nlp, text, cue, source, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


def test_a_plural_noun_after_as_well_as_stays_a_noun(nlp):
    text = "The survey, as well as the council's notes, was published on Monday."
    assert records(nlp, text, "notes") == []
