"""Patterns of the forty-first session (helper head): a headline whose cue verb the small parser
did not read as the verb of the name before it ('Reyes talks to reporters', the name read as the
root and 'talks' as its object; 'Okafor claims victory' after a fronted phrase, 'claims' read as a
noun of a compound) is parsed again with its subject put as a pronoun, and what the rules find
there is mapped back onto the headline, the subject the source (``headline_subjects``). Not a
noun that is the subject of a verb the parser found ('Ferry report gives council a headache'), and
a colon's report in the same headline that shares nothing with the new one stays. Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

_BODY = "\n\nThe council met on Monday to discuss the plan. Members spoke for an hour.\n"


@pytest.mark.parametrize("headline, source, cue, content", [
    ("Reyes talks to reporters about ferry fares.", "Reyes", "talks", ["about ferry fares"]),  # (``particle_reach``)
    ("Amid protests, Okafor claims victory.", "Okafor", "claims", ["victory"]),
])
def test_a_misread_headline_verb_is_read_with_its_subject(nlp, headline, source, cue, content):
    found = records(nlp, headline + _BODY, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


def test_a_noun_subject_of_a_found_verb_is_no_cue(nlp):
    assert records(nlp, "Ferry report gives council a headache." + _BODY, "report") == []


def test_the_pronoun_stands_for_the_subject_only_in_the_headline(nlp):
    found = [r for r in records(nlp, "Reyes talks to reporters about ferry fares." + _BODY) if r.cue is not None]
    assert all(r.source is None or r.source.text != "He" for r in found)
    assert all(r.cue.start < len("Reyes talks to reporters about ferry fares.") or r.cue.text != "talks" for r in found)


def test_a_word_before_a_headline_colon_stays_in_its_source(nlp):
    found = records(nlp, "Exports report: Shipments fall by a fifth." + _BODY, ":")
    assert [r.source.text for r in found if r.source is not None] == ["Exports report"]
