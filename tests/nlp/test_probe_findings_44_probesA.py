"""Patterns of the forty-fourth session (helper probesA), from passages written in genres not probed
before: schools and school districts, local councils and planning, weather forecasts, energy,
immigration, diplomacy, entertainment, product recalls, fact-checks, investigations, polls and
corrections, with pages that report nothing (recipes, listings, how-to steps, product labels).

A participle of saying with a clause of its own that the parser hung on the one written or sent to
is the writer's ('wrote to parents warning that X'; ``participles.addressed_participle``).
Instruments and screens read a value and say nothing, nor does a face ('The thermometer read minus
12', ``mute_subjects.txt``); a demonstrative that 'says a lot about' something is the writer's
reading, and "Let's say X" a supposition (``mute``). Invoices and receipts show what they record
(``poll_nouns.txt``). 'Recall' with a person, a role or a product as its object calls it back
(``recalls``), and a count in millions is a count ('recalled 1.2 million cars'). A clause after
'after reports that' is the reports' own, not the act's before it. A check finds what an audit does
('A background check found that X'), and guidance issued is a document, no report of its own. A
picture's pointer that ends a source is no part of it ('Residents, pictured, say X'; ``captions``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor wrote to residents saying that the road would close.", "saying", "The mayor", "the road would close"),
    ("The head teacher sent a letter to families warning that the school faced a shortfall.",
     "sent a letter to families warning",
     "The head teacher", "the school faced a shortfall"),
    ("The council sent an email to tenants saying the rent would rise.", "sent an email to tenants saying", "The council",
     "the rent would rise"),
])
def test_a_participle_hung_on_the_one_written_to_is_the_writers(nlp, text, cue, source, content):
    (found,) = records(nlp, text, cue)
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


@pytest.mark.parametrize("text", [
    "The donor gave $5 million to a group saying the election was stolen.",
    "The mayor spoke to residents complaining that the noise was unbearable.",
])
def test_a_participle_on_one_not_written_to_is_not_the_subjects(nlp, text):
    assert all(r.source is None or r.source.text not in ("The donor", "The mayor") for r in records(nlp, text))


@pytest.mark.parametrize("text", [
    "The thermometer read minus 12 degrees.",
    "The meter said we owed $40.",
    "Click Settings. The screen will say \"Saved\" when you are done.",
    "Her face told a different story.",
    "That says a lot about the state of our schools.",
    "This says something about the voters.",
    "Let's say the bill passes. What happens next?",
    "Turkey recalled its ambassador to the Netherlands.",
    "The carmaker recalled 1.2 million vehicles last year.",
    "The firm recalled the heaters in March.",
    "Preheat the oven to 200C. Mix the flour and butter until the mixture resembles breadcrumbs.",
    "Saturday, 10am-4pm: Craft fair at the town hall. Free entry.",
    "Weight: 1.2 kg. Battery life: up to 10 hours. Colour: black.",
    "The label says 500 g.",
    "Final score: Eagles 24, Giants 17.",
    "Correction: An earlier version of this article misstated the mayor's name.",
    "Tomorrow will be mostly sunny with highs near 75.",
    "Q: When will the bridge reopen?",
    "The recipe calls for two cups of flour.",
    "The scoreboard read 2-2 at half-time.",
    "The dial reads zero when the tank is empty.",
])
def test_no_record_without_a_report(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, content", [
    ("The minister said a lot about the budget.", "The minister", "a lot about the budget"),
    ("She recalled the night the soldiers came.", "She", "the night the soldiers came"),
    ("Forecasters warned that the storm could bring a foot of snow.", "Forecasters", "the storm could bring a foot of snow"),
    ("Invoices obtained by the paper show the council paid twice for the same work.", "Invoices obtained by the paper",
     "the council paid twice for the same work"),
    ("Receipts seen by reporters show the mayor paid for the trip himself.", "Receipts seen by reporters",
     "the mayor paid for the trip himself"),
])
def test_a_person_or_a_record_still_reports(nlp, text, source, content):
    (found,) = records(nlp, text)
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


def test_a_clause_after_reports_is_theirs_not_the_recalls(nlp):
    text = "The company is recalling 200,000 cots after reports that the hinges can pinch fingers."
    assert records(nlp, text, "is recalling") == []
    (found,) = records(nlp, text, "reports")
    assert contents(found) == ["the hinges can pinch fingers"]


@pytest.mark.parametrize("text, source", [
    ("Residents, pictured, say the road is dangerous.", "Residents"),
    ('Head teacher Sue Marsh (left) said the award was "a team effort."', "Head teacher Sue Marsh"),
    ("The mayor, right, said the plan would go ahead.", "The mayor"),
    ("Ella Moss, pictured above, said she would run again.", "Ella Moss"),
    ('"We won," said Tom Lee (centre).', "Tom Lee"),
])
def test_a_pictures_pointer_ends_the_source_before_it(nlp, text, source):
    (found,) = records(nlp, text)
    assert found.source is not None and found.source.text == source


def test_a_check_finds_what_it_found(nlp):
    (found,) = records(nlp, "A background check found that he had a criminal record.")
    assert found.source is not None and found.source.text == "A background check"
    assert contents(found) == ["he had a criminal record"]


def test_guidance_issued_says_nothing_but_its_participle_does(nlp):
    found = records(nlp, "The department issued guidance telling schools to close on election day.")
    assert [r.cue.text for r in found if r.cue is not None] == ["issued guidance telling"]
