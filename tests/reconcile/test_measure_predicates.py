"""What happened to the counted things, read from the sentence (``nlp.figures.context``), and
the verdict rules that keep parts, floors and unclear figures honest (issue 14). Sentences
written for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from sourcebook.model import Figure, Span
from sourcebook.reconcile.measures import MeasureInput, blocking_key, build_measures

_ids = iter(range(1, 10**6))


def fig(number: str, value: float, qualifier: str = "exact", start: int = 0, sentence: int | None = None,
        **fields) -> Figure:
    low = value if qualifier in ("exact", "at least", "more than") else None
    high = value if qualifier == "exact" else None
    return Figure(f"f{next(_ids)}", Span(start, start + len(number), number), value, low, high, qualifier,
                  sentence=Span(sentence, sentence + 200, "") if sentence is not None else None, **fields)


def item(article: str, figure: Figure, published: str = "2031-05-02", speaker: str | None = None) -> MeasureInput:
    return MeasureInput(f"{article}:{figure.id}", article, f"{article}.txt", figure, published, speaker_id=speaker)


def verdicts(measures) -> dict[str, list[set[str]]]:
    out: dict[str, list[set[str]]] = {}
    for measure in measures:
        out.setdefault(measure.verdict, []).append({m.figure_id for m in measure.members})
    return out


# ---------------------------------------------------------------------------- read from the sentence

# (sentence, number, predicate as read, (unit class, happening class) or None)
PREDICATES = [
    # a copula deep in a reported clause: its place phrase, not the reporting verb
    ("Around 800 people were still in emergency shelters on Tuesday, the mayor said.", "Around 800",
     "were still in emergency shelters", ("people", "sheltered")),
    ("About 2,000 residents spent two nights in evacuation centres near the coast.", "About 2,000",
     "spent two nights in evacuation centres", ("people", "sheltered")),
    ("The number of people sleeping in tents has fallen to 900, officials said.", "900",
     "sleeping in tents", ("people", "sheltered")),
    ("The number of people killed in the floods has risen to 48, the governor said.", "48",
     "killed", ("people", "killed")),
    ("Rescue teams said on Monday that 14 people were unaccounted for.", "14", None, ("people", "missing")),
    ("Nine dead after bus plunges into a river\n\nThe bus left the road at night.", "Nine", "dead",
     ("people", "killed")),
    ("The fire brigade put the number of homes destroyed at 320 on Monday.", "320",
     "number of homes destroyed", ("buildings", "destroyed")),
    ("Police put the death toll at 19 on Friday.", "19", "death toll", ("people", "killed")),
    # a place phrase that says nothing of a happening stays unclear
    ("The union said 300 drivers were in the room when the vote was taken.", "300", "were in the room", None),
]


@pytest.mark.parametrize(("text", "number", "predicate", "key"), PREDICATES)
def test_the_predicate_says_what_happened(nlp, text, number, predicate, key):
    figure = next(f for f in nlp(text)._.sourcebook_figures if f.span.text == number)
    if predicate is not None:
        assert figure.predicate == predicate
    assert blocking_key(item("a", figure)) == key


# ---------------------------------------------------------------------------- parts, floors, unclear nouns


def test_a_part_of_a_total_in_the_same_sentence_takes_no_part():
    # "Officials said 30 people had died, among them eight in the port" vs 41 the next day
    total = fig("30", 30, start=20, sentence=0, unit="people", predicate="died")
    part = fig("eight", 8, start=60, sentence=0, unit="people", predicate="died")
    later = fig("41", 41, sentence=0, unit="people", predicate="died")
    a, b = item("a", total, "2031-05-01", "sp_officials"), item("a", part, "2031-05-01", "sp_officials")
    c = item("b", later, "2031-05-02", "sp_agency")
    assert verdicts(build_measures([a, b, c])) == {"changed_over_time": [{a.figure_id, c.figure_id}]}


def test_the_level_a_count_rose_from_is_not_a_part():
    # "the toll rose to 61, up from 47 on Monday": 47 is the previous level, still compared
    now = fig("61", 61, start=20, sentence=0, unit="people", predicate="died", change="up")
    before = fig("47", 47, start=40, sentence=0, unit="people", predicate="died")
    now = dataclasses.replace(now, previous=before.id)
    other = fig("47", 47, sentence=0, unit="people", predicate="killed")
    a, b = item("a", now, speaker="sp_x"), item("a", before, speaker="sp_x")
    c = item("b", other, speaker="sp_y")
    members = {m.figure_id for measure in build_measures([a, b, c]) for m in measure.members}
    assert b.figure_id in members


def test_a_raised_floor_is_a_change_not_agreement():
    # "at least 4,000 evacuated" on the 1st, "more than 6,500" on the 2nd: the count rose
    first = item("a", fig("at least 4,000", 4000, "at least", unit="residents", predicate="evacuated"),
                 "2031-05-01", "sp_fire")
    second = item("b", fig("more than 6,500", 6500, "more than", unit="people", predicate="evacuated"),
                  "2031-05-02", "sp_region")
    assert verdicts(build_measures([first, second])) == {"changed_over_time": [{first.figure_id, second.figure_id}]}
    # the same floor again is no change
    again = item("c", fig("at least 4,000", 4000, "at least", unit="people", predicate="evacuated"),
                 "2031-05-02", "sp_region")
    assert verdicts(build_measures([first, again])) == {"agree": [{first.figure_id, again.figure_id}]}


def test_a_count_with_its_noun_in_the_predicate():
    # "put the number of homes destroyed at 140": the noun comes from the predicate
    bare = item("a", fig("140", 140, predicate="number of homes destroyed"), speaker="sp_fire")
    mayor = item("b", fig("at least 220", 220, "at least", unit="homes", predicate="had been destroyed"),
                 speaker="sp_mayor")
    assert blocking_key(bare) == ("buildings", "destroyed") == blocking_key(mayor)
    assert verdicts(build_measures([bare, mayor])) == {"conflict": [{bare.figure_id, mayor.figure_id}]}


# ---------------------------------------------------------------------------- money: doers, pledges, rates

# (sentence, number, doer, rate)
DOERS = [
    ("The Harmon campaign spent $41 million on television ads in October.", "$41 million", "Harmon campaign", None),
    ("Senator Vey's $12 million war chest is the largest in the state.", "$12 million", "Senator Vey", None),
    ("The city council has pledged to give 9 million euros to the flooded farms.", "9 million", "city council", None),
    ("Only 2 million euros was paid out by the insurance fund.", "2 million", "insurance fund", None),
    ("They spent $3 million on the bridge.", "$3 million", None, None),  # a pronoun: nobody named
    ("$5 million was spent on the new school.", "$5 million", None, None),
    ("Dock workers earn 19 euros an hour at the port.", "19", "Dock workers", "hour"),
    ("A ward nurse is paid about 41,000 euros a year.", "about 41,000", None, "year"),
    ("The union wants the minimum wage raised to $14 per hour.", "$14", None, "hour"),
    ("She took a job with an annual salary of $52,000.", "$52,000", None, "year"),
]


@pytest.mark.parametrize(("text", "number", "doer", "rate"), DOERS)
def test_who_paid_and_whether_it_is_a_rate(nlp, text, number, doer, rate):
    from sourcebook.nlp.figures.context import find_agent, find_predicate, find_rate, find_unit

    doc = nlp(text)
    figure = next(f for f in doc._.sourcebook_figures if f.span.text == number)
    span = doc.char_span(figure.span.start, figure.span.end, alignment_mode="expand")
    unit_token, _ = find_unit(doc, span.end, len(doc), False)
    anchor = unit_token if unit_token is not None else span[-1]
    assert find_agent(find_predicate(anchor), anchor) == doer
    assert find_rate(anchor) == rate


def test_a_pledge_to_give_is_a_pledge(nlp):
    figure = next(f for f in nlp("The city council has pledged to give 9 million euros to the farms.")._.sourcebook_figures
                  if f.span.text == "9 million")
    assert figure.predicate == "pledged to give"


def money(article: str, number: str, value: float, predicate: str, agent: str | None, rate: str | None = None,
          published: str = "2031-05-02", speaker: str | None = None) -> MeasureInput:
    figure = fig(number, value, kind="money", unit="euros", predicate=predicate)
    return MeasureInput(f"{article}:{figure.id}", article, f"{article}.txt", figure, published, speaker_id=speaker,
                        agent=agent, rate=rate)


def test_money_is_compared_only_for_one_doer_one_happening_one_rate():
    spent_a = money("a", "66 million", 66e6, "spent", "Harmon campaign", speaker="sp_1")
    spent_b = money("b", "28 million", 28e6, "spent", "party committee", speaker="sp_2")
    nobody = money("c", "30 million", 30e6, "spent", None, speaker="sp_3")
    assert blocking_key(nobody) is None  # whose money? unknown, so in no verdict
    assert build_measures([spent_a, spent_b, nobody]) == []
    pledge = money("d", "40 million", 40e6, "pledged to give", "government", speaker="sp_4")
    paid = money("e", "3 million", 3e6, "had been paid out", "government", speaker="sp_5")
    assert blocking_key(pledge) != blocking_key(paid)
    assert build_measures([pledge, paid]) == []
    hourly = money("f", "22", 22, "earn", "firefighters", "hour", speaker="sp_6")
    yearly = money("g", "38,000", 38000, "earn", "firefighters", "year", speaker="sp_7")
    total = money("h", "5,000", 5000, "earn", "firefighters", speaker="sp_8")
    assert len({blocking_key(hourly), blocking_key(yearly), blocking_key(total)}) == 3
    assert build_measures([hourly, yearly, total]) == []
    # the same doer's spending in two articles is compared
    again = money("i", "41 million", 41e6, "spent", "Harmon campaign", speaker="sp_9")
    assert verdicts(build_measures([spent_a, again])) == {"conflict": [{spent_a.figure_id, again.figure_id}]}
