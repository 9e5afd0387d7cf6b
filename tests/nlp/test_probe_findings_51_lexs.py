"""Patterns of the fifty-first session (helper lexs, a lexicon audit of sources): officials, ranks,
professions, relations, bodies and documents that say things. Each gave a record when the subject of a
verb of saying, but some gave no speaker: 'the consul', 'the bailiff', 'the actuary', 'the landlady', 'the
synod', 'the memorandum' were in no list of who can speak (``role_nouns.txt``, ``source_nouns.txt``). A
document that is only acted on ('passed the audit', 'signed the memorandum') says nothing. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, speaker_of, top


@pytest.mark.parametrize("noun", [
    "consul", "bailiff", "notary", "actuary", "architect", "admiral", "emissary", "viceroy", "alderman",
    "assemblyman", "paralegal", "policewoman", "headmistress", "prefect", "commissar", "landlady",
    "grandson", "acquaintance", "synod", "presidium", "memorandum", "deposition", "obituary", "diary",
    "readout", "directive", "edict",
])
def test_a_listed_source_noun_is_the_speaker(nlp, noun):
    text = f"The {noun} said that the old ferry would stop running in March."
    found = top(nlp, text)
    assert found_report(found, "said", f"The {noun}", "the old ferry would stop running in March")[0], found
    assert speaker_of(found, "said", f"The {noun}", "the old ferry") == noun


@pytest.mark.parametrize("noun", ["coroner", "ombudsman", "consul", "actuary", "synod", "memorandum"])
def test_a_listed_source_noun_after_a_quotation_is_the_speaker(nlp, noun):
    text = f'"The ferry will stop running in March," the {noun} said.'
    found = top(nlp, text)
    assert speaker_of(found, "said", f"the {noun}", "The ferry") == noun


@pytest.mark.parametrize("noun", ["consul", "bailiff", "memorandum", "actuary"])
def test_a_stance_with_a_listed_source_noun_keeps_its_speaker(nlp, noun):
    text = f"The {noun} warned that the pier could collapse within a year."
    assert speaker_of(top(nlp, text), "warned", f"The {noun}", "the pier") == noun


@pytest.mark.parametrize("text, source", [
    ("The harbour board passed the audit last spring and kept its licence.", "the audit"),
    ("The two ministers signed the memorandum in the town hall on Friday.", "the memorandum"),
    ("The architect designed the new library on the quay.", "The architect"),
    ("The bailiff changed the locks on the empty shop.", "The bailiff"),
    ("Her grandson painted the fence behind the bakery.", "Her grandson"),
])
def test_a_source_noun_with_no_saying_gives_no_record(nlp, text, source):
    assert [r for r in records(nlp, text) if r.source is not None and r.source.text == source] == []


@pytest.mark.parametrize("name, expected", [
    ("the coroner", "government"),
    ("Mara Tell, the county comptroller", "government"),
    ("the Kestrel consulate", "government"),
    ("Rear Admiral Ivo Brand", "military"),
    ("the virologist", "expert"),
    ("Tom Ashdown, a seismologist", "expert"),
    ("the leaked dossier", "document"),
    ("the readout", "document"),
    ("his widow", "witness"),
    ("a former classmate", "witness"),
    ("a blogger", "media"),
    # near misses: a league, a surname and a campaign's pollster stay what they were
    ("the Premier League", "unknown"),
    ("Martin King", "unknown"),
    ("the campaign's pollster", "party"),
])
def test_the_source_type_of_an_audited_noun(name, expected):
    from sourcebook.reconcile.sources import source_type

    assert source_type(name) == expected
