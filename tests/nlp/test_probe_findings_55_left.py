"""Leftovers of the fifty-first pass, fixed in the fifty-fifth session (helper left): a named storm as
the subject of a stance verb in a live blog's headline ('Storm X hits the coast'; ``named_storms``), 'op-ed'
and 'e-mail' kept whole by the tokenizer so the noun lists that hold them match (``hyphenated_words.txt``),
a poll's date the parser hung on the verb kept in the source (``dated_polls``) and 'over' of an area or of
whom one is in charge kept in it too (``over_areas.txt``). 'X is understood to believe that Y' stays a
report of no one named with the subject and the infinitive its content, as PolNeAR's train gold marks 'was
said to be' and 'were known to use'. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text", [
    "Live: Storm Orla hits the harbour town\n\n14:20 The ferry company says all sailings are cancelled.",
    "Hurricane Bram slams the island as residents flee",
    "Tropical Storm Nell batters the eastern coast",
    "Typhoon Kell hits the northern provinces",
])
def test_a_named_storm_reports_nothing(nlp, text):
    storm = text.split(" ")[0 if not text.startswith("Live") else 1]
    assert [r for r in top(nlp, text) if r.source is not None and storm in r.source.text] == []


def test_the_entry_under_a_storm_headline_is_kept(nlp):
    text = "Live: Storm Orla hits the harbour town\n\n14:20 The ferry company says all sailings are cancelled."
    assert found_report(top(nlp, text), "says", "The ferry company", "all sailings are cancelled")


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # near misses: a person titled before the name, a body named after storms
    ("The Storm Prediction Center warned that hail was likely in the afternoon.", "warned",
     "The Storm Prediction Center", "hail was likely in the afternoon"),
    ("Senator Orla Quinn said the storm had hit the coast harder than forecast.", "said", "Senator Orla Quinn",
     "the storm had hit the coast harder than forecast"),
])
def test_people_and_bodies_named_near_storms_still_speak(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


def test_a_person_who_hits_a_rival_is_still_a_source(nlp):
    found = [r for r in top(nlp, "Senator Orla Quinn hits rival over school funding") if r.cue is not None]
    assert [(r.cue.text, r.source.text if r.source else None) for r in found] == [("hits", "Senator Orla Quinn")]


@pytest.mark.parametrize("word", ["op-ed", "op-eds", "Op-Ed", "e-mail", "e-mails"])
def test_hyphenated_nouns_of_the_lists_are_one_token(nlp, word):
    doc = nlp(f"She read the {word} twice.")
    assert word in [t.text for t in doc]


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("In an op-ed for the weekly paper, the mayor argued that the tram would pay for itself.", "argued", "the mayor",
     "the tram would pay for itself"),
    ("She wrote in an e-mail to staff that the office would close.", "wrote", "She", "the office would close"),
    ("The coach said in an e-mail that the match had been moved.", "said", "The coach", "the match had been moved"),
])
def test_reports_around_an_op_ed_or_an_e_mail(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


def test_writing_an_op_ed_about_a_topic_is_no_report(nlp):
    # as 'wrote an article about X' and 'wrote a column about X' (``written_nouns.txt`` now matches 'op-ed')
    assert records(nlp, "The senator wrote an op-ed about the housing crisis.", "wrote") == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("A county survey last month showed that most drivers wanted a second bridge.", "showed",
     "A county survey last month", "most drivers wanted a second bridge"),
    ("A Valley Post poll on Tuesday found that the councillor had lost support.", "found",
     "A Valley Post poll on Tuesday", "the councillor had lost support"),
    # near misses: a person's or a body's time is when it spoke, not who
    ("The mayor on Monday said the bridge would reopen.", "said", "The mayor", "the bridge would reopen"),
    ("The union last week warned that the strike would go ahead.", "warned", "The union", "the strike would go ahead"),
])
def test_a_polls_date_is_in_its_source(nlp, text, cue, source, content):
    assert found_report(top(nlp, text), cue, source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Rangers over the whole district said the trails were closed.", "Rangers over the whole district",
     "the trails were closed"),
    ("Wardens over the eastern zone said poachers had been seen.", "Wardens over the eastern zone",
     "poachers had been seen"),
    ("Foremen over the day shift said the cranes were unsafe.", "Foremen over the day shift", "the cranes were unsafe"),
    # near misses: 'over' a matter is what they spoke about
    ("Protesters over the pipeline said the river would be poisoned.", "Protesters", "the river would be poisoned"),
    ("Farmers over the border dispute said the fences had been cut.", "Farmers", "the fences had been cut"),
])
def test_over_an_area_or_a_staff_stays_in_the_source(nlp, text, source, content):
    assert found_report(top(nlp, text), "said", source, content)


def test_is_understood_to_believe_is_a_report_of_no_one_named(nlp):
    found = top(nlp, "The chairman is understood to believe that the merger will collapse.")
    assert [(r.cue.text, r.source, [c.text for c in r.contents]) for r in found if r.cue is not None] == [
        ("is understood", None, ["The chairman", "to believe that the merger will collapse"])]
