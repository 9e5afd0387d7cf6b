"""Patterns of the thirty-ninth session (helper probeC: grocery prices, electric cars, philanthropy,
insurance, hospitality, shipping). A preposition's object the parser read as the subject of a
cue clause after the reported one ('X before Easter, the confectioner Y warned'; ``object_subjects``);
a verb of asking after a clause that asks nothing ('People come in, they ask about range';
``asked_before``); a sum of money after a noun of saying is what is claimed, not said ('claims of
up to $8 billion'); a body named after 'the' and its kind ('The chain, Bean There,') and a body's
entity run into its country ('FoodWatch UK'); a body's name after its kind's noun in a report's
'by' phrase ('a report by the consultancy Brightline found'); a participle of saying after a verb
of stance whose subject it shares ('had opposed it, arguing that X'); 'find it hard to X' reports
nothing (``found_it``); a question fronted as a participle is no part of the source ('Asked whether X,
its director, Y, replied'); 'Its' is no body named inside a relative clause. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, content", [
    ("Cocoa shortages will push chocolate prices up again before Easter, the confectioner Harlow & Finch warned on Monday.",
     "the confectioner Harlow & Finch", "Cocoa shortages will push chocolate prices up again before Easter"),
    ("Fares will rise after July, the operator Ferrow Lines said.", "the operator Ferrow Lines", "Fares will rise after July"),
])
def test_a_prepositions_object_is_not_the_cues_subject(nlp, text, source, content):
    (rec,) = records(nlp, text)
    assert rec.source.text == source
    assert contents(rec) == [content]


def test_asking_reports_no_statement_before_it(nlp):
    text = "People come in, they ask about range, they ask about charging, and then they buy a hybrid."
    assert not any("People come in" in c for r in records(nlp, text) for c in contents(r))


@pytest.mark.parametrize("text, content", [
    ('"Why now?" they asked.', "Why now?"),
    ("Why should we pay more, residents ask.", "Why should we pay more"),
])
def test_a_question_before_asking_stays_its_content(nlp, text, content):
    (rec,) = records(nlp, text)
    assert contents(rec) == [content]


def test_a_sum_claimed_is_no_statement(nlp):
    text = "Insurers face claims of up to $8 billion from last week's hurricane, the risk modelling firm Karta estimated."
    assert [r.cue.text for r in records(nlp, text)] == ["estimated"]


@pytest.mark.parametrize("text, speaker", [
    ("The chain, Bean There, said it had changed its practices.", "Bean There"),
    ("The charity, Open Doors, said the figures were alarming.", "Open Doors"),
    ("FoodWatch UK said the findings were troubling.", "FoodWatch UK"),
    ("The charity that commissioned it, FoodWatch UK, said the findings were troubling.", "FoodWatch UK"),
])
def test_a_bodys_whole_name_speaks(nlp, text, speaker):
    (rec,) = records(nlp, text)
    assert rec.speaker == speaker


@pytest.mark.parametrize("text", [
    "Charging companies are struggling to make money, a report by the consultancy Brightline found.",
    # (read here with 'report' an object before the verb)
    "Charging companies are struggling to make money, a report by the consultancy Brightline found. Most public "
    "chargers are used for less than three hours a day, the report said.",
])
def test_a_reports_author_named_after_its_kind(nlp, text):
    rec = records(nlp, text, cue="found")[0]
    assert rec.source.text == "a report by the consultancy Brightline"


def test_a_participle_of_saying_after_a_stance(nlp):
    text = "Some exporting countries had opposed it, arguing that it would raise the cost of their goods."
    (rec,) = records(nlp, text, cue="arguing")
    assert rec.source.text == "Some exporting countries"
    assert contents(rec) == ["it would raise the cost of their goods"]
    assert not records(nlp, "Prices rose, suggesting weak demand.")


@pytest.mark.parametrize("text", [
    "Homeowners in flood-prone areas are finding it harder to get cover.",
    "Small firms found it impossible to hire drivers.",
])
def test_the_ease_of_an_act_is_no_belief(nlp, text):
    assert not records(nlp, text)


def test_a_finding_stays_one(nlp):
    (rec,) = records(nlp, "The inspectors found that the boilers were unsafe.")
    assert contents(rec) == ["the boilers were unsafe"]


def test_a_fronted_question_is_not_the_source(nlp):
    text = 'Asked whether the fund would back fossil fuel projects, its director, Aisha Ndiaye, replied: "Not one dollar."'
    (rec,) = records(nlp, text, cue="replied")
    assert rec.source.text == "its director, Aisha Ndiaye"
    assert contents(rec) == ["Not one dollar"]


def test_its_is_not_a_body_named_in_a_relative_clause(nlp):
    text = ("Prices will rise before Easter, the confectioner Harlow & Finch warned. The company, which makes the "
            "Finchbar, said it had raised prices. Its chief executive said costs would not fall.")
    rec = records(nlp, text)[-1]
    assert "Finchbar" not in rec.speaker
