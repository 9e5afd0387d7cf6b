"""Measure identity and verdicts that hold up (issue 14): what is counted, what happened, by
whom, and which sources are independent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sourcebook.model import Figure, Span
from sourcebook.reconcile.measures import MeasureInput, blocking_key, build_measures

_ids = iter(range(1, 10**6))


def fig(number: str, value: float, qualifier: str = "exact", **fields) -> Figure:
    low = value if qualifier in ("exact", "at least", "more than") else None
    high = value if qualifier == "exact" else None
    return Figure(f"f{next(_ids)}", Span(0, len(number), number), value, low, high, qualifier, **fields)


def item(article: str, figure: Figure, published: str | None = "2031-04-02", speaker: str | None = None,
         outlet: str | None = None, agent: str | None = None) -> MeasureInput:
    return MeasureInput(f"{article}:{figure.id}", article, f"{article}.txt", figure, published,
                        speaker_id=speaker, outlet=outlet, agent=agent)


def verdicts(measures) -> dict[str, list[set[str]]]:
    out: dict[str, list[set[str]]] = {}
    for measure in measures:
        out.setdefault(measure.verdict, []).append({m.figure_id for m in measure.members})
    return out


# ---------------------------------------------------------------------------- what happened


def test_a_toll_a_death_and_a_killing_are_one_measure():
    # "The death toll rose to 52" / "52 people have now died" / "The blast killed 52 people"
    toll = item("a", fig("52", 52, unit="people", predicate="toll", change="up"), speaker="sp_police")
    died = item("b", fig("52", 52, unit="people", predicate="died"), speaker="sp_officials")
    killed = item("c", fig("52", 52, unit="people", predicate="killed"), speaker="sp_mayor")
    assert {blocking_key(toll), blocking_key(died), blocking_key(killed)} == {("people", "killed")}
    assert verdicts(build_measures([toll, died, killed])) == {"agree": [{toll.figure_id, died.figure_id,
                                                                        killed.figure_id}]}


def test_lemmas_of_the_predicate_count_too():
    assert blocking_key(item("a", fig("18", 18, unit="people", predicate="kill"))) == ("people", "killed")
    assert blocking_key(item("a", fig("150", 150, unit="people", predicate="injure"))) == ("people", "injured")


def test_a_level_verb_leaves_the_happening_to_the_noun():
    # "the death toll climbed to 52" (the verb only moves the level) / "22 dead"
    toll = item("a", fig("52", 52, unit="death toll", predicate="climbed to"), speaker="sp_governor")
    dead = item("b", fig("22", 22, unit="dead"), speaker="sp_hospital")
    assert blocking_key(toll) == ("people", "killed") == blocking_key(dead)


def test_a_bare_count_counts_the_people_its_happening_implies():
    # "Ministry puts the number missing at 35" (no counted noun) against "120 people missing"
    bare = item("a", fig("35", 35, predicate="missing", time="on Sunday"), speaker="sp_ministry")
    people = item("b", fig("120", 120, unit="people", predicate="still missing"), speaker="sp_red_cross")
    assert blocking_key(bare) == ("people", "missing")
    assert verdicts(build_measures([bare, people])) == {"conflict": [{bare.figure_id, people.figure_id}]}


@pytest.mark.parametrize(("unit", "predicate"), [
    ("employees", "fired"),  # a unit no class lists
    ("people", "voted"),  # a predicate no class lists
    ("points", "show"),
    ("residents", "spent"),  # "residents spent the night": spending applies to money only
    (None, "said"),  # no counted noun and no happening that implies one
    ("people", None),  # "20 people": nothing happened to them that the figure says
    ("refugees", "accept"),  # "will accept 10,000 refugees": an admission, not a displacement
    ("people", "provided"),  # aid is delivered, people are not
])
def test_a_figure_without_a_clear_measure_takes_part_in_no_verdict(unit, predicate):
    one = item("a", fig("5,300", 5300, unit=unit, predicate=predicate), speaker="sp_1")
    two = item("b", fig("900", 900, unit=unit, predicate=predicate), speaker="sp_2")
    assert blocking_key(one) is None
    assert build_measures([one, two]) == []


# ---------------------------------------------------------------------------- by whom


def test_money_without_a_known_doer_is_compared_with_nothing():
    # "Clinton spent $66 million on ads" / "the NRSC spent $28.3 million": whose money is
    # not in the figure, so no verdict (never a conflict)
    a = item("a", fig("$66 million", 66e6, kind="money", unit="dollars", predicate="spent"))
    b = item("b", fig("$28.3 million", 28.3e6, kind="money", unit="dollars", predicate="spent"))
    assert build_measures([a, b]) == []


def test_money_of_different_doers_is_never_compared():
    a = item("a", fig("$66 million", 66e6, kind="money", unit="dollars", predicate="spent"), agent="Clinton campaign")
    b = item("b", fig("$28.3 million", 28.3e6, kind="money", unit="dollars", predicate="spent"), agent="NRSC")
    assert build_measures([a, b]) == []


def test_money_of_one_doer_is_compared():
    a = item("a", fig("$66 million", 66e6, kind="money", unit="dollars", predicate="spent"), speaker="sp_1",
             agent="Clinton campaign")
    b = item("b", fig("$40 million", 40e6, kind="money", unit="dollars", predicate="had spent"), speaker="sp_2",
             agent="the Clinton campaign")
    measures = build_measures([a, b])
    assert verdicts(measures) == {"conflict": [{a.figure_id, b.figure_id}]}
    assert measures[0].key == "money|spent|clinton campaign"


def test_a_pledge_and_the_money_delivered_are_different_measures():
    # "The government pledged $100 million" / "only $56 million has been delivered"
    pledged = item("a", fig("$100 million", 1e8, kind="money", unit="dollars", predicate="pledged"), speaker="sp_1",
                   agent="government")
    delivered = item("b", fig("$56 million", 5.6e7, kind="money", unit="dollars", predicate="delivered"),
                     speaker="sp_2", agent="government")
    assert blocking_key(pledged) == ("money", "pledged")
    assert blocking_key(delivered) == ("money", "aid delivered")
    assert build_measures([pledged, delivered]) == []


def test_an_hourly_wage_and_a_salary_are_not_compared():
    hourly = item("a", fig("$12", 12, kind="money", unit="dollars", predicate="earn"))
    salary = item("b", fig("between $30,000 and $60,000", 30000, "range", kind="money", unit="dollars",
                           predicate="make"))
    assert build_measures([hourly, salary]) == []


# ---------------------------------------------------------------------------- independent sources


def test_a_reprint_worded_alike_is_one_source():
    # a wire story carried by two papers, unattributed: the copies do not agree, they repeat
    wire = item("wire", fig("more than 3,000", 3000, "more than", unit="residents", predicate="fled"))
    reprint = item("paper", fig("more than 3,000", 3000, "more than", unit="residents", predicate="fled"))
    measures = build_measures([wire, reprint])
    assert verdicts(measures) == {"single_source": [{wire.figure_id, reprint.figure_id}]}


def test_one_outlets_stock_phrase_is_not_agreement():
    first = item("a", fig("23,000", 23000, unit="residents", predicate="living"), outlet="Valley Courier")
    second = item("b", fig("23,000", 23000, unit="inhabitants", predicate="living"), outlet="Valley Courier",
                  published="2031-04-05")
    third = item("c", fig("about 23,000", 23000, "around", unit="people", predicate="living"),
                 outlet="Valley Courier", published="2031-04-07")
    measures = build_measures([first, second, third])
    assert [m.verdict for m in measures] == ["single_source"]
    assert "do not corroborate" in measures[0].why


def test_two_outlets_worded_differently_agree():
    a = item("a", fig("3,000", 3000, unit="residents", predicate="fled"), outlet="Northern Ledger")
    b = item("b", fig("about 3,000", 3000, "around", unit="people", predicate="have fled"), outlet="Radio Tessel")
    assert [m.verdict for m in build_measures([a, b])] == ["agree"]


# ---------------------------------------------------------------------------- confidence


def test_every_verdict_carries_a_reason_and_a_confidence():
    a = item("a", fig("120", 120, unit="people", predicate="missing"), speaker="sp_red_cross")
    b = item("b", fig("35", 35, unit="people", predicate="missing"), speaker="sp_ministry")
    c = item("c", fig("40", 40, unit="people", predicate="missing"), speaker="sp_police", published="2031-04-09")
    measures = build_measures([a, b, c])
    assert measures and all(m.why and m.confidence is not None and 0 <= m.confidence <= 1 for m in measures)


def test_estimated_dates_and_vague_figures_lower_a_conflicts_confidence():
    def conflict(estimated: bool, qualifier: str) -> float:
        a = MeasureInput("a:f1", "a", "a.txt", fig("120", 120, qualifier, unit="people", predicate="missing"),
                         "2031-04-02", estimated, speaker_id="sp_1")
        b = MeasureInput("b:f1", "b", "b.txt", fig("35", 35, unit="people", predicate="missing"),
                         "2031-04-02", estimated, speaker_id="sp_2")
        (measure,) = build_measures([a, b])
        assert measure.verdict == "conflict" and measure.confidence is not None
        return measure.confidence

    sure = conflict(False, "exact")
    assert conflict(True, "exact") < sure
    assert conflict(False, "around") < sure


# ---------------------------------------------------------------------------- stories


def test_figures_of_different_stories_are_never_compared():
    a = item("a", fig("120", 120, unit="people", predicate="missing"), speaker="sp_1")
    b = item("b", fig("35", 35, unit="people", predicate="missing"), speaker="sp_2")
    assert [m.verdict for m in build_measures([a, b])] == ["conflict"]
    assert build_measures([a, b], stories={"a": "st_dam", "b": "st_quake"}) == []
    (measure,) = build_measures([a, b], stories={"a": "st_dam", "b": "st_dam"})
    assert measure.verdict == "conflict" and measure.story == "st_dam"


def test_without_stories_a_measure_has_none():
    a = item("a", fig("120", 120, unit="people", predicate="missing"), speaker="sp_1")
    b = item("b", fig("35", 35, unit="people", predicate="missing"), speaker="sp_2")
    assert all(m.story is None for m in build_measures([a, b]))


def test_articles_a_stories_mapping_lacks_stay_with_each_other():
    a = item("a", fig("120", 120, unit="people", predicate="missing"), speaker="sp_1")
    b = item("b", fig("35", 35, unit="people", predicate="missing"), speaker="sp_2")
    c = item("c", fig("60", 60, unit="people", predicate="missing"), speaker="sp_3")
    (measure,) = build_measures([a, b, c], stories={"c": "st_other"})
    assert {m.article_id for m in measure.members} == {"a", "b"} and measure.story is None


def test_attributed_figures_worded_alike_stay_independent():
    # two named sources can give the same number in the same words: that is agreement
    police = item("a", fig("40", 40, unit="people", predicate="killed"), speaker="sp_police")
    hospital = item("b", fig("40", 40, unit="people", predicate="killed"), speaker="sp_hospital")
    assert [m.verdict for m in build_measures([police, hospital])] == ["agree"]
