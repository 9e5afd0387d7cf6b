"""Patterns of the thirty-sixth session (helper wG): a rating or a ranking is its giver's
judgement ('fact-checkers rated the claim false', 'the index places the county fourth', 'the
pollster had Ruiz up by six'; ``ratings.rating_cue``, ``rating_verbs.txt``), not a thing set
somewhere ('placed the vase on the table'); a clause opened by 'that' after an adverb on the cue
is what was said ('has said only that she is "reviewing X"'; ``leads.that_clause_read_as_adverbial``,
not 'so that', 'now that': ``that_conjunction_adverbs.txt``); a headline's bare noun of a body or a
role before a colon speaks ('Trade group: steel imports rose 9%'; ``markers._body_stating``);
a noun of saying ending at a colon says the clause after it ('closed her speech with a warning:
X'; ``nouns._colon_after``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(a.cue.text if a.cue else None, contents(a)) for a in nlp(text)._.sourcebook_attributions]
    return found[0]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Two independent fact-checkers rated the senator's claim false on Monday.", "rated",
     "Two independent fact-checkers", "the senator's claim"),
    ("Several election analysts have rated Nevada a toss-up.", "have rated", "Several election analysts",
     "Nevada a toss-up"),
    ("The watchdog rated the statement \"mostly false.\"", "rated", "The watchdog", "the statement \"mostly false"),
    ("Its latest index, released in May, places the county fourth in median income.", "places",
     "Its latest index, released in May", "the county fourth in median income"),
    ("The newest league tables put the university third, behind two rivals.", "put", "The newest league tables",
     "the university third"),
    ("The latest state rankings put the county ninth, and officials were pleased.", "put",
     "The latest state rankings", "the county ninth"),
    ("A week earlier, the same pollster had Ruiz up by six.", "had", "the same pollster", "Ruiz up by six"),
    ("A Harbor poll had the governor trailing by four points.", "had", "A Harbor poll",
     "the governor trailing by four points"),
    ("The inspectors graded the kitchen an F.", "graded", "The inspectors", "the kitchen an F"),
])
def test_a_rating_is_its_givers_record(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source.text == source
    assert contents(record)[0].startswith(content)


@pytest.mark.parametrize("text, verb", [
    ("She placed the vase on the table.", "placed"),
    ("He put the money in a savings account.", "put"),
    ("The promoter put a thousand fans in the stands.", "put"),
    ("They had the children ready by noon.", "had"),
    ("The investors have their hands tied.", "have"),
    ("Ruiz has a clear lead in the polls ahead of the vote.", "has"),
    ("The mayor said crime fell by half. We rate this claim Mostly False.", "rate"),
    ("Half of the voters who rate a candidate as honest back her.", "rate"),
])
def test_a_thing_set_somewhere_or_held_is_no_rating(nlp, text, verb):
    assert not records(nlp, text, verb)


def test_an_adverb_between_the_cue_and_that_keeps_the_clause(nlp):
    text = "The mayor's office has said only that she is \"reviewing the proposal carefully.\""
    record = _one(nlp, text, "has said")
    assert record.source.text == "The mayor's office"
    assert contents(record) == ["she is \"reviewing the proposal carefully.\""]


@pytest.mark.parametrize("text, cue, content", [
    ("The club has said simply that it \"followed every rule.\"", "has said", "it \"followed every rule"),
    ("The airline said again that the delays were \"regrettable.\"", "said", "the delays were \"regrettable"),
])
def test_other_adverbs_before_that(nlp, text, cue, content):
    assert contents(_one(nlp, text, cue))[0].startswith(content)


@pytest.mark.parametrize("text", [
    "He spoke softly so that the children would not wake.",
    "She left early so that she could catch the last train.",
])
def test_a_conjunction_of_purpose_is_no_report(nlp, text):
    assert not records(nlp, text)


@pytest.mark.parametrize("text, source, content", [
    ("Trade group: steel imports rose 9% in March\n\nSteel imports rose 9 percent in March, "
     "the Northfield Steel Association said on Monday.", "Trade group", "steel imports rose 9% in March"),
    ("Regulator: banks must hold more capital\n\nBanks will have to hold more capital, the "
     "Prudential Authority said.", "Regulator", "banks must hold more capital"),
])
def test_a_headlines_body_before_a_colon_speaks(nlp, text, source, content):
    record = _one(nlp, text, ":")
    assert record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "Media contact: Lena Buckridge\n\nThe firm opened a new office in Leeds.",
    "Weekend weather: rain moves in on Saturday\n\nRain will move in on Saturday.",
    "Good news: the bridge reopens on Friday\n\nThe bridge will reopen on Friday.",
    "Backpack review: the Ridgeline is light\n\nFit guide: Measure from your neck to your hips. The pack weighs 1.2kg.",
])
def test_a_label_before_a_colon_is_no_speaker(nlp, text):
    assert not records(nlp, text, ":")


@pytest.mark.parametrize("text, cue, source, content", [
    ("She closed her speech with a warning: the money will run out by June.", "warning", "She",
     "the money will run out by June"),
    ("He gave a simple answer: the plan was too expensive.", "answer", "He", "the plan was too expensive"),
])
def test_a_noun_of_saying_says_what_follows_its_colon(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source.text == source
    assert contents(record) == [content]


def test_a_noun_whose_own_clause_says_it_leaves_the_colon_to_that_verb(nlp):
    text = "She shared a message from her adviser that read: the vote will be close."
    assert not records(nlp, text, "message")
