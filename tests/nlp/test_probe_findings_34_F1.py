"""Patterns of the thirty-fourth session (helper F1): an aside set off by commas between a source
and its cue verb, or between the verb and its clause opened by 'that', that made the parser hang
the sentence on the aside (the sentence is parsed again without it, ``reread``); and a noun
compound whose gerund the parser made the root ('The local child safeguarding practice review
said X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- an aside after the source


@pytest.mark.parametrize("text, cue, source, content", [
    ("Janine Soto, a Democrat, posted on social media that closing the office would hurt families.", "posted",
     "Janine Soto, a Democrat", "closing the office would hurt families"),
    ("Janine Soto, 47, posted on social media that closing the office would hurt families.", "posted",
     "Janine Soto, 47", "closing the office would hurt families"),
    ("Janine Soto, who chairs the panel, posted on social media that closing the office would hurt families.", "posted",
     "Janine Soto, who chairs the panel", "closing the office would hurt families"),
    ("Beatrix Holm, director of Zero Arsenal, posted on X: \"It is over.\"", "posted",
     "Beatrix Holm, director of Zero Arsenal", "It is over"),
    ("Mark Lowe, 47, posted on X: \"It is over.\"", "posted", "Mark Lowe, 47", "It is over"),
    ("The local child safeguarding practice review, published on Wednesday, said social workers did not share information.",
     "said", "The local child safeguarding practice review", "social workers did not share information"),
])
def test_an_aside_between_the_source_and_its_cue(nlp, text, cue, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]


def test_it_after_a_report_read_again_is_the_report(nlp):
    text = ("The local child safeguarding practice review, published on Wednesday, said social workers did not "
            "share information. It found that the council had failed.")
    found = records(nlp, text, "found")
    assert [(contents(a), a.speaker) for a in found] == [
        (["the council had failed"], "local child safeguarding practice review")]


def test_a_compound_whose_gerund_was_read_as_the_root_is_the_whole_source(nlp):
    text = "The local child safeguarding practice review said social workers did not share information."
    assert [a.source.text for a in records(nlp, text, "said")] == ["The local child safeguarding practice review"]


# ---------------------------------------------------------------- an aside after the cue


@pytest.mark.parametrize("text, cue, source, content", [
    ("A local daily reported, citing ruling party officials, that the president would nominate a new prime minister.",
     "reported", "A local daily", "the president would nominate a new prime minister"),
    ("He believed, until the day he died, that his turn was coming.", "believed", "He", "his turn was coming"),
    ("He said, until the day he died, that his turn was coming.", "said", "He", "his turn was coming"),
    ("She insisted, speaking to reporters, that the claims were false.", "insisted", "She", "the claims were false"),
])
def test_an_aside_between_the_cue_and_its_clause(nlp, text, cue, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]


def test_a_cue_inside_the_aside_takes_no_source_from_the_report(nlp):
    text = "A local daily reported, citing ruling party officials, that the president would nominate a new prime minister."
    assert all(a.source.text == "A local daily" for a in records(nlp, text))


# ---------------------------------------------------------------- what stays as it was


@pytest.mark.parametrize("text, cue, source, content", [
    ("Janine Soto, in a statement, argued that closing the office would hurt families.", "argued",
     "Janine Soto", "closing the office would hurt families"),
    ("Janine Soto, a Democrat, wrote on social media that closing the office would hurt families.", "wrote",
     "Janine Soto, a Democrat", "closing the office would hurt families"),
    ("Janine Soto posted on social media that closing the office would hurt families.", "posted",
     "Janine Soto", "closing the office would hurt families"),
    ("The review, published on Wednesday, said social workers did not share information.", "said",
     "The review, published on Wednesday", "social workers did not share information"),
    ("Reuters reported, citing sources, that the deal was close.", "reported", "Reuters", "the deal was close"),
    ("She insisted, in a statement, that the claims were false.", "insisted", "She", "the claims were false"),
    ("He believed, until he died, that his turn was coming.", "believed", "He", "his turn was coming"),
    ("The practice review said social workers did not share information.", "said",
     "The practice review", "social workers did not share information"),
    # (a participle after a clause set off by commas is no verb with an aside before it)
    ("His lawyer, Greg Santos, had asked for a sentence of three years, arguing that Tully had been pressured.",
     "arguing", "His lawyer, Greg Santos", "Tully had been pressured"),
])
def test_what_the_parser_read_right_stays(nlp, text, cue, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]


@pytest.mark.parametrize("text", [
    "The bridge, built in 1890, carried traffic across the river.",
    "The team, led by its captain, posted a win over the visitors.",
    "Walking home, the girl saw a fox.",
])
def test_an_aside_beside_a_verb_that_reports_nothing_gives_no_record(nlp, text):
    assert records(nlp, text) == []


def test_a_clause_after_and_between_commas_is_no_aside_of_an_inverted_cue(nlp):
    # the cue's source follows it: the words between the commas are the report's second clause
    text = ("The offer did not go over well with the miners, and the talks soured from there, "
            "said one union official at the meeting.")
    found = records(nlp, text, "said")
    assert len(found) == 1
    assert found[0].source.text.startswith("one union official")
    assert contents(found[0]) == ["The offer did not go over well with the miners, and the talks soured from there"]
