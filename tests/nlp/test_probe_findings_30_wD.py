"""Patterns found in the thirtieth session (wD): 'in writing' read as the cue, a self-given name
read as a stance, a plural noun the tagger read as the verb of a reporting tail, a sighting
read as a belief, and an animal or a meal taken as the object of a stance. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- 'in writing'


@pytest.mark.parametrize("text, cue, source", [
    ("He was told in writing that the decision was final.", "was told", None),
    ("She confirmed in writing that the offer still stood.", "confirmed", "She"),
    ("The landlord promised in writing that the deposit would be returned.", "promised", "The landlord"),
])
def test_in_writing_is_the_manner_of_the_cue_before_it(nlp, text, cue, source):
    found = records(nlp, text)
    assert [(a.cue.text, a.source.text if a.source else None) for a in found] == [(cue, source)]
    assert contents(found[0]) == [text.split(" that ", 1)[1].rstrip(".")]


def test_in_writing_after_a_conjoined_cue_is_no_record_of_its_own(nlp):
    text = "He complained in October and was told in writing that the decision was final."
    assert records(nlp, text, "writing") == []


@pytest.mark.parametrize("text, cue, content", [
    ("She is writing that the war is lost.", "is writing", "the war is lost"),
    ("He spent years writing that the system was broken.", "writing", "the system was broken"),
    ("Rivals sought to outdo each other in saying how tough they would be.", "saying", "how tough they would be"),
])
def test_writing_that_x_stays_a_report(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a name one gives oneself


@pytest.mark.parametrize("text, cue", [
    ("A group of sleuths, which calls itself the Tuesday Collective, wrote that the images had been duplicated.", "calls"),
    ("Protesters calling themselves Mothers for Peace blocked the road.", "calling"),
])
def test_a_name_one_calls_oneself_is_no_stance(nlp, text, cue):
    assert records(nlp, text, cue) == []


def test_the_sleuths_report_is_kept(nlp):
    text = "A group of sleuths, which calls itself the Tuesday Collective, wrote that the images had been duplicated."
    assert [contents(a) for a in records(nlp, text, "wrote")] == [["the images had been duplicated"]]


@pytest.mark.parametrize("text, content", [
    ("He called the plan a disaster.", "the plan a disaster"),
    ("He called himself a victim of the system.", "himself a victim of the system"),
])
def test_calling_something_what_one_thinks_it_is_stays(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "called")] == [[content]]


# ---------------------------------------------------------------- a plural noun read as the verb


def test_a_plural_noun_read_as_the_tails_verb_is_the_source(nlp):
    text = '"The figures could not be relied upon," the retraction notices state.'
    found = records(nlp, text)
    assert [(a.cue.text, a.source.text, contents(a)) for a in found] == [
        ("state", "the retraction notices", ["The figures could not be relied upon"])]


def test_a_tail_the_parser_reads_stays(nlp):
    found = records(nlp, '"The vote was close," the panel minutes note.')
    assert [(a.cue.text, a.source.text) for a in found] == [("note", "the panel minutes")]


# ---------------------------------------------------------------- a sighting


@pytest.mark.parametrize("text", [
    "Matej Kovalar, 41, was last seen leaving his tent at around 4 a.m. to check on fixed ropes above the camp.",
    "The girl was last seen walking to the shop to buy milk.",
])
def test_being_seen_somewhere_is_no_belief(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue", [
    ("The plan is widely seen as a gamble.", "is widely seen as"),
    ("Voters see her as the stronger candidate.", "see"),
])
def test_seeing_as_stays_a_belief(nlp, text, cue):
    assert [a.kind for a in records(nlp, text, cue)] == ["belief"]


# ---------------------------------------------------------------- an animal or a meal


@pytest.mark.parametrize("text", [
    "The zoo welcomed two snow leopard cubs on Monday.",
    "The couple welcomed a baby girl in March.",
    "Harold Pfeiffer, 81, ordered his usual: two eggs and rye toast.",
])
def test_an_animal_or_a_meal_is_no_stance(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The union welcomed the decision to delay the cuts.", "welcomed", "the decision to delay the cuts"),
    ("The judge ordered an inquiry into the deaths.", "ordered", "an inquiry into the deaths"),
    ("The manager ordered staff to leave the building.", "ordered", "staff to leave the building"),
])
def test_a_stance_on_a_decision_or_an_act_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
