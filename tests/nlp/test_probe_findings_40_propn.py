"""Patterns of the fortieth session (helper propn): a surname that is a common English word
('Price', 'Woods', 'Stone') is tagged a common noun by the small model where the article names
the person by surname alone, and a common noun is no name for the source check: 'Price conceded
that X' gave no record. When the same word ends a person's full name elsewhere in the article
('Dana Price', or 'Marcus Price' read as an organisation's), and the article never writes it
in lower case, it is tagged a proper noun before
the rules run (``surnames``): the record comes back, with the person for its speaker. Plural
nouns of people ('Critics', 'Sources') end nobody's name and stay what they were. Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, speaker, content", [
    ("Dana Price spoke in Dayton on Monday. Price conceded that the plan had failed.",
     "conceded", "Price", "Dana Price", "the plan had failed"),
    ("Dana Woods spoke in Dayton on Monday. Woods conceded that the plan had failed.",
     "conceded", "Woods", "Dana Woods", "the plan had failed"),
    ("Dana Sands toured the plant on Friday. Sands blamed local officials for the delay.",
     "blamed", "Sands", "Dana Sands", "local officials for the delay"),
    # the full name read as an organisation's, opening with a given name
    ("Marcus Price spoke in Dayton on Monday. Price conceded that the plan had failed.",
     "conceded", "Price", "Marcus Price", "the plan had failed"),
])
def test_a_surname_that_is_a_common_word_is_a_source(nlp, text, cue, source, speaker, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert found[0].speaker == speaker
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text, cue, source", [
    ("Dana Woods spoke in Dayton on Monday. Critics said the plan had failed.", "said", "Critics"),
    ("Dana Woods spoke in Dayton on Monday. Sources said the woods were closed.", "said", "Sources"),
])
def test_plural_nouns_of_people_stay_sources(nlp, text, cue, source):
    found = records(nlp, text, cue)
    assert [r.source.text for r in found if r.source is not None] == [source]


def test_a_word_the_article_writes_in_lower_case_keeps_its_tag(nlp):
    doc = nlp("Dana Woods spoke in Dayton on Monday. Woods conceded that the plan had failed. Hikers avoided the woods.")
    assert [t.tag_ for t in doc if t.text == "Woods"][-1] in ("NN", "NNS")
