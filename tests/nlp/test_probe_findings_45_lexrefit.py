"""Patterns of the forty-fifth session (helper lexrefit): a verb of releasing or disclosing whose object is a
record or a name ('released the name of the victim', 'declined to release her tax returns') hands out a thing
and reports nothing (``released_things``), however sure the cue tagger is of the word: PolNeAR counts 'released
a statement' or 'a memo arguing X', not names, transcripts, returns or records, unless a clause in the thing
says what it says. And phrasal verbs the rules now take ('sparred over', 'rattled off', 'sounded off about');
stance verbs the packaged tagger still holds ('contemplated a merger', 'relished the chance', 'credits X with Y';
also 'mull' and 'acquiesce', which wait for the next refit of the tagger before a list may name them:
``test_attribution_tagger``); not 'lay out', whose literal sense ('laid out the plates') no word list tells
apart (``test_probe_findings_39_ncue``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.tables import text_of
from sourcebook.nlp.attribution.tagger import CueTagger, propose


@pytest.mark.parametrize("text, verb", [
    ("Police have not released the name of the victim.", "released"),
    ("The name of the driver was not released.", "released"),
    ("The senator has said she will release her tax returns next month.", "release"),
    ("The hospital disclosed the identity of the donor on Friday.", "disclosed"),
    ("The county published the transcripts on its website.", "published"),
    ("The governor made the names public on Tuesday.", "made"),
])
def test_a_record_or_a_name_released_is_no_statement(nlp, text, verb):
    assert not [r for r in records(nlp, text) if r.cue is not None and verb in r.cue.text.split()]
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    # the tagger's proposal passes the same rule: a refit that scores the word high still proposes nothing
    assert propose(CueTagger(lexicon()).lex, text_of(doc), token) is None


@pytest.mark.parametrize("text, cue, source, content", [
    ("The agency released a statement saying the plant was safe.", "released a statement saying", "The agency",
     ["the plant was safe"]),
    ("The council released emails in which the mayor urged staff to delay the vote.", "released", "The council",
     ["emails in which the mayor urged staff to delay the vote"]),
    ("The company disclosed that its profits had fallen.", "disclosed", "The company", ["its profits had fallen"]),
    ("The council released records that show the bridge had failed two inspections.", "released", "The council",
     ["records that show the bridge had failed two inspections"]),
])
def test_a_statement_or_a_clause_released_still_reports(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue, source, content", [
    ("The board contemplated a merger with its largest rival.", "contemplated", "The board",
     ["a merger with its largest rival"]),
    ("The coach relished the chance to face his old team.", "relished", "The coach", ["the chance to face his old team"]),
    ("The report credits the nurses with saving the ward.", "credits", "The report", ["the nurses with saving the ward"]),
    ("The minister rattled off a list of new projects.", "rattled off", "The minister", ["a list of new projects"]),
    ("The two candidates sparred over school funding.", "sparred over", "The two candidates", ["school funding"]),
    ("Several parents sounded off about the new bus routes.", "sounded off about", "Several parents",
     ["the new bus routes"]),
])
def test_stance_and_phrasal_verbs_the_tagger_held(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content
