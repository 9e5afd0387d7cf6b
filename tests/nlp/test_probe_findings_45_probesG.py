"""Patterns of the forty-fifth session (helper probesG), found by writing passages that try to
break this session's new rules: attitude adjectives, backing verbs with a pronoun object,
particles read as adverbs and the release of names and records.

Only a subject that can hold a view takes one (``holders``): a document, a law, a made thing or a thing
that says nothing (``mute_subjects.txt``) is not 'interested in' X nor 'agnostic about' X, and
does not 'support it' or 'oppose it' ('Older browsers do not support it', 'The magnets oppose
it'). 'walk back' is a cue with an object, not with a preposition ('walked back his remarks',
not 'walked back over the ridge'), and a particle's preposition whose object says nothing is a
motion ('came out against the wind'). A court or a hospital that releases him or her says
nothing. A second subject the parser gave a verb of saying may be a relative clause's object
pronoun ('Critics who oppose it say X') or, when the verb hangs on the noun, a preposition's
object ('A driver who has worked here since March told X'). An attitude adjective after a verb
of seeming is its subject's ('Investors seem lukewarm on X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "The film is interested in silence more than plot.",
    "The spreadsheet is agnostic about the file format.",
    "The new model is comfortable with heavy loads.",
])
def test_things_hold_no_attitude(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Local shopkeepers are uneasy about the new parking rules.", "Local shopkeepers", "the new parking rules"),
    ("The committee chair was unimpressed by the consultant's report.", "The committee chair", "the consultant's report"),
    ("Several analysts are bullish on the company's shares.", "Several analysts", "the company's shares"),
])
def test_people_hold_attitudes(nlp, text, source, content):
    (record,) = records(nlp, text)
    assert record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "Older browsers do not support it.",
    "The magnets oppose it and push it away.",
    "The current favours it.",
    "The draw favoured us.",
])
def test_things_take_no_side(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The teachers' union endorsed her on Monday.", "The teachers' union", "her"),
    ("Most of the council opposes it.", "Most of the council", "it"),
    ("The chamber of commerce supports it.", "The chamber of commerce", "it"),
])
def test_people_and_bodies_back_a_pronoun(nlp, text, source, content):
    (record,) = records(nlp, text)
    assert record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "The hikers walked back over the ridge.",
    "She walked back to the car in the rain.",
    "The climbers came out against the wind at the summit.",
])
def test_particles_of_motion(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The minister walked back his remarks on Tuesday.", "walked back", "his remarks"),
    ("Several senators came out against the nominee.", "came out against", "the nominee"),
    ("The mayor pushed back against the council's budget cuts.", "pushed back against", "the council's budget cuts"),
])
def test_particles_of_a_stance(nlp, text, cue, content):
    (record,) = records(nlp, text)
    assert record.cue.text == cue
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "The court released him on bail.",
    "The hospital released her on Thursday.",
    "The band released the album in May.",
])
def test_released_people_and_albums(nlp, text):
    assert records(nlp, text) == []


def test_released_statement_still_a_cue(nlp):
    assert [r.cue.text for r in records(nlp, "The ministry released a statement saying the talks had failed.")] == [
        "released a statement saying"]


@pytest.mark.parametrize("text", [
    "The law is hostile to unions.",
    "The policy is sympathetic to renters.",
    "The treaty opposes it.",
    "The constitution does not support it.",
])
def test_laws_and_plans_hold_no_attitude(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("A driver who has worked here since March told reporters the road was icy.", "A driver who has worked here since March"),
    ("Critics who oppose it say it is too costly.", "Critics who oppose it"),
])
def test_second_subjects_of_a_relative_clause(nlp, text, source):
    (record,) = records(nlp, text)
    assert record.source.text == source


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("Investors seem lukewarm on the merger.", "Investors", "seem lukewarm on", "the merger"),
    ("Donors appear uneasy about his remarks.", "Donors", "appear uneasy about", "his remarks"),
])
def test_attitudes_after_a_verb_of_seeming(nlp, text, source, cue, content):
    (record,) = records(nlp, text)
    assert (record.source.text, record.cue.text, contents(record)) == (source, cue, [content])
