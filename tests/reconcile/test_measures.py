"""Measures and verdicts over hand-built figures (sentences written for these tests)."""

from __future__ import annotations

import random

import pytest

from sourcebook.model import VERDICT_ORDER, VERDICT_TITLES, VERDICTS, Figure, Span
from sourcebook.reconcile.measures import AROUND, MeasureInput, build_measures, figure_interval, measure_order

_counter = iter(range(1, 10**6))


def fig(sentence: str, number: str, value, qualifier="exact", low="same", high="same", **fields) -> Figure:
    """A Figure whose span is ``number`` inside ``sentence``."""
    start = sentence.index(number)
    if low == "same":
        low = value if qualifier not in ("around",) else None
    if high == "same":
        high = value if qualifier == "exact" else None
    return Figure(
        id=f"f{next(_counter)}", span=Span(start, start + len(number), number), value=value,
        low=low, high=high, qualifier=qualifier, **fields,
    )


def item(article: str, figure: Figure, published: str | None, speaker: str | None = None,
         estimated: bool = False, relayed_by: str | None = None) -> MeasureInput:
    return MeasureInput(
        figure_id=f"{article}:{figure.id}", article_id=article, document=f"{article}.txt",
        figure=figure, published=published, published_estimated=estimated,
        speaker_id=speaker, relayed_by=relayed_by,
    )


def verdicts(measures) -> dict[str, list[set[str]]]:
    out: dict[str, list[set[str]]] = {}
    for measure in measures:
        out.setdefault(measure.verdict, []).append({m.figure_id for m in measure.members})
    return out


# ---------------------------------------------------------------------------- intervals


@pytest.mark.parametrize(
    ("qualifier", "value", "low", "high", "expected"),
    [
        ("exact", 96, 96, 96, (96, 96)),
        ("more than", 440, 440, None, (440, float("inf"))),
        ("at least", 20, 20, None, (20, float("inf"))),
        ("around", 20000, None, None, (20000 * (1 - AROUND), 20000 * (1 + AROUND))),
        ("up to", 300, None, 300, (0, 300)),
        ("vague", 200, 200, 999, (200, 999)),
        ("range", 3, 3, 5, (3, 5)),
        ("exact", None, None, None, None),
    ],
)
def test_figure_interval(qualifier, value, low, high, expected):
    figure = Figure("f1", Span(0, 1, "x"), value, low, high, qualifier)
    assert figure_interval(figure) == (pytest.approx(expected) if expected else None)


# ---------------------------------------------------------------------------- verdicts


def test_conflict_between_two_sources_at_the_same_time():
    s1 = "Monitors said more than 40,000 residents had fled the northern suburbs of Tarvik in three days."
    s2 = "The Red Crescent says about 15,000 people have fled."
    a = fig(s1, "more than 40,000", 40000, "more than", unit="residents", predicate="fled",
            place="the northern suburbs of Tarvik", time="in three days", according_to="Tarvik Monitor")
    b = fig(s2, "about 15,000", 15000, "around", unit="people", predicate="fled", according_to="Red Crescent")
    measures = build_measures([item("x", a, "2031-05-02", "sp_mon"), item("x", b, "2031-05-02", "sp_rc")])
    assert verdicts(measures) == {"conflict": [{"x:" + a.id, "x:" + b.id}]}
    measure = measures[0]
    assert measure.key == "people|displaced"
    assert "Tarvik Monitor" in measure.why and "Red Crescent" in measure.why
    assert "do not overlap" in measure.why
    assert {(m.start, m.end) for m in measure.members} == {(a.span.start, a.span.end), (b.span.start, b.span.end)}


def test_around_tolerance_lets_close_values_agree():
    a = fig("About 15,000 people fled.", "About 15,000", 15000, "around", unit="people", predicate="fled")
    b = fig("Some 16,200 civilians were displaced.", "16,200", 16200, unit="civilians", predicate="displaced")
    measures = build_measures([item("x", a, "2031-05-02"), item("y", b, "2031-05-02")])
    assert [m.verdict for m in measures] == ["agree"]
    assert "2 independent sources" in measures[0].why


def test_a_measure_names_a_place_only_when_most_of_its_figures_do():
    a = fig("At least 12 people were killed.", "At least 12", 12, "at least", unit="people", predicate="killed")
    b = fig("Nineteen people have died.", "Nineteen", 19, unit="people", predicate="died")
    c = fig("Rescuers found 16 people dead near Brask.", "16", 16, unit="people", predicate="dead", place="Brask")
    measures = build_measures([item("a", a, "2031-04-08"), item("b", b, "2031-04-10"), item("c", c, "2031-04-09")])
    assert len(measures) == 1 and len(measures[0].members) == 3
    assert "Brask" not in measures[0].label  # one figure's place is not the measure's


def test_change_over_time_of_a_stock():
    a = fig("More than 250,000 civilians are trapped in western Kessa.", "More than 250,000", 250000,
            "more than", unit="civilians", predicate="trapped", place="western Kessa")
    b = fig("An estimated 90,000 people remain besieged in Kessa.", "90,000", 90000,
            unit="people", predicate="besieged", place="Kessa")
    c = fig("Right now 90,000 civilians are trapped.", "90,000", 90000, unit="civilians",
            predicate="trapped", time="Right now", according_to="Lio Maren")
    measures = build_measures([
        item("old", a, "2030-03-01", estimated=True),
        item("new", b, "2030-03-19"),
        item("new", c, "2030-03-19", "sp_maren"),
    ])
    assert [m.verdict for m in measures] == ["changed_over_time"]
    assert len(measures[0].members) == 3
    assert measures[0].label == "civilians trapped in western Kessa"
    assert "about 1 Mar 2030" in measures[0].why and "19 Mar 2030" in measures[0].why


def test_estimated_dates_a_few_days_apart_count_as_the_same_time():
    a = fig("40,000 people are trapped.", "40,000", 40000, unit="people", predicate="trapped")
    b = fig("9,000 people are trapped.", "9,000", 9000, unit="people", predicate="trapped")
    measures = build_measures([item("p", a, "2030-03-13", estimated=True), item("q", b, "2030-03-15", estimated=True)])
    assert [m.verdict for m in measures] == ["conflict"]
    exact = build_measures([item("p", a, "2030-03-13"), item("q", b, "2030-03-15")])
    assert [m.verdict for m in exact] == ["changed_over_time"]


def test_resolved_figure_times_take_precedence():
    a = fig("1,000 people were displaced.", "1,000", 1000, unit="people", predicate="displaced",
            time="in March", time_start="2030-03-01", time_end="2030-03-31")
    b = fig("5,000 people were displaced.", "5,000", 5000, unit="people", predicate="displaced",
            time="in March", time_start="2030-03-01", time_end="2030-03-31")
    measures = build_measures([item("p", a, "2030-06-01"), item("q", b, "2030-06-20")])
    assert [m.verdict for m in measures] == ["conflict"]


def test_copies_do_not_corroborate():
    text = "The Observatory said 312 people were killed in Dorra."
    a = fig(text, "312", 312, unit="people", predicate="killed", place="Dorra", according_to="Observatory")
    b = fig(text, "312", 312, unit="people", predicate="killed", place="Dorra", according_to="Observatory")
    measures = build_measures([
        item("p", a, "2030-01-10", "sp_obs", relayed_by="Daily Lantern"),
        item("q", b, "2030-01-10", "sp_obs", relayed_by="Evening Post"),
    ])
    assert [m.verdict for m in measures] == ["single_source"]
    assert "Daily Lantern" in measures[0].why and "Evening Post" in measures[0].why
    assert "do not corroborate" in measures[0].why


def test_whole_war_against_one_incident_is_a_different_scope():
    a = fig("Nearly 500,000 people have been killed since the war began.", "500,000", 500000,
            unit="people", predicate="killed", time="since the war began")
    b = fig("An airstrike on the market killed 31 people.", "31", 31, unit="people",
            predicate="killed in an airstrike")
    measures = build_measures([item("p", a, "2030-01-10"), item("q", b, "2030-01-10")])
    assert [m.verdict for m in measures] == ["different_scope"]
    assert "since the war" in measures[0].why


def test_sub_count_is_not_a_conflict():
    s = "At least 60 civilians were killed, among them 14 women and 20 children, in four villages near Sarn."
    total = fig(s, "At least 60", 60, "at least", unit="civilians", predicate="killed", place="four villages near Sarn")
    women = fig(s, "14", 14, unit="women", predicate="killed", place="four villages near Sarn")
    kids = fig(s, "20", 20, unit="children", predicate="killed", place="four villages near Sarn")
    measures = build_measures([item("p", f, "2030-01-10", "sp_un") for f in (total, women, kids)])
    assert [m.verdict for m in measures] == ["different_scope"]
    assert len(measures[0].members) == 3


def test_two_parts_of_a_city_are_not_compared():
    a = fig("10,000 people are trapped in eastern Kessa.", "10,000", 10000, unit="people",
            predicate="trapped", place="eastern Kessa")
    b = fig("50,000 people are trapped in western Kessa.", "50,000", 50000, unit="people",
            predicate="trapped", place="western Kessa")
    assert build_measures([item("p", a, "2030-01-10"), item("q", b, "2030-01-10")]) == []


def test_windows_of_different_lengths_are_different_scopes():
    a = fig("In the past 24 hours 2,000 people fled.", "2,000", 2000, unit="people", predicate="fled",
            time="In the past 24 hours")
    b = fig("Over the past month 60,000 people fled.", "60,000", 60000, unit="people", predicate="fled",
            time="Over the past month")
    measures = build_measures([item("p", a, "2030-01-10"), item("q", b, "2030-01-10")])
    assert [m.verdict for m in measures] == ["different_scope"]


def test_other_happenings_units_and_kinds_stay_apart():
    killed = fig("12 people were killed.", "12", 12, unit="people", predicate="killed")
    injured = fig("40 people were injured.", "40", 40, unit="people", predicate="injured")
    years = fig("The war is in its sixth year.", "sixth", 6, unit="years", predicate="war ongoing", kind="ordinal")
    years2 = fig("After five years of war.", "five", 5, unit="years", predicate="war ongoing")
    age = fig("A 24-year-old nurse was killed.", "24", 24, unit="years", predicate="age", kind="age")
    no_unit = fig("The 7 said so.", "7", 7)
    items = [item("p", f, "2030-01-10") for f in (killed, injured, years, age, no_unit)]
    items.append(item("q", years2, "2030-01-10"))
    assert build_measures(items) == []
    singles = build_measures(items, include_singletons=True)
    assert {m.verdict for m in singles} == {"single_source"}
    assert len(singles) == 2  # killed and injured: durations, ages and unitless figures take no part


def test_place_of_the_article_fills_an_unstated_place():
    a = fig("30,000 people are trapped in Kessa.", "30,000", 30000, unit="people", predicate="trapped", place="Kessa")
    b = fig("9,000 people are trapped.", "9,000", 9000, unit="people", predicate="trapped")
    c = fig("Officials in Lunel said 9,000 people are trapped in Lunel.", "9,000", 9000,
            unit="people", predicate="trapped", place="Lunel", according_to="Lunel officials")
    same_city = build_measures([item("p", a, "2030-01-10"), item("q", c, "2030-01-10", "sp_lunel"),
                                item("q", b, "2030-01-10")])
    # b's article is about Lunel: b is compared with c, not with a
    assert verdicts(same_city) == {"agree": [{"q:" + b.id, "q:" + c.id}]}


def test_ids_are_deterministic_and_order_free():
    figures = [
        fig("50,000 people fled.", "50,000", 50000, unit="people", predicate="fled"),
        fig("about 20,000 people fled.", "about 20,000", 20000, "around", unit="people", predicate="fled"),
        fig("Tens of thousands fled.", "Tens of thousands", 20000, "vague", 20000, 99999, unit="people", predicate="fled"),
        fig("100 people were killed.", "100", 100, unit="people", predicate="killed"),
        fig("110 people were killed.", "110", 110, unit="people", predicate="killed"),
    ]
    items = [item(f"a{i % 3}", f, "2030-01-10", f"sp_{i}") for i, f in enumerate(figures)]
    first = build_measures(items)
    shuffled = items[:]
    random.Random(3).shuffle(shuffled)
    assert build_measures(shuffled) == first
    assert all(m.id.startswith("m_") and m.verdict in VERDICTS for m in first)
    assert [m.verdict for m in first] == ["conflict", "conflict"]  # conflicts first, stable order


def test_undated_articles_meet_no_other_article_in_a_verdict():
    a = fig("900 people were killed.", "900", 900, unit="people", predicate="killed")
    b = fig("200 people were killed.", "200", 200, unit="people", predicate="killed")
    # two undated articles: nothing says they speak of the same time
    assert build_measures([item("p", a, None, "sp_1"), item("q", b, None, "sp_2")]) == []
    # an undated article against a dated one: no time to set them against each other either
    assert build_measures([item("p", a, None, "sp_1"), item("q", b, "2030-01-10", "sp_2")]) == []


def test_undated_figures_of_one_article_still_compare_with_each_other():
    a = fig("Monitors said 900 people were killed.", "900", 900, unit="people", predicate="killed")
    b = fig("Medics said 200 people were killed.", "200", 200, unit="people", predicate="killed")
    measures = build_measures([item("p", a, None, "sp_monitors"), item("p", b, None, "sp_medics")])
    assert [m.verdict for m in measures] == ["conflict"]


def test_conflict_explanation_names_the_relay():
    a = fig("Monitors said 5,000 people fled.", "5,000", 5000, unit="people", predicate="fled", according_to="Monitors")
    b = fig("Aid groups said 900 people fled.", "900", 900, unit="people", predicate="fled", according_to="Aid groups")
    measures = build_measures([item("p", a, "2030-01-10", "sp_m", relayed_by="Wire Agency"), item("q", b, "2030-01-10", "sp_a")])
    assert measures[0].verdict == "conflict"
    assert "relayed by Wire Agency" in measures[0].why


def test_reconcile_does_not_import_spacy():
    import subprocess
    import sys

    # with what reconcile reads of the lexicon (was a second new process in tests/nlp/test_lexicon.py)
    code = ("import sys, sourcebook.reconcile, sourcebook.evaluate.measures, sourcebook.nlp.lexicon, "
            "sourcebook.reconcile.classes, sourcebook.reconcile.dates, sourcebook.aliases; "
            "print(any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_unplaced_figures_join_the_only_named_place_of_their_block():
    a = fig("300,000 people are trapped in Kessa.", "300,000", 300000, unit="people", predicate="trapped", place="Kessa")
    b = fig("90,000 people are trapped.", "90,000", 90000, unit="people", predicate="trapped")
    # b's article names another place elsewhere (not for people trapped): b still goes with Kessa
    c = fig("Ten schools were shut in Doma.", "Ten", 10, unit="schools", predicate="closed", place="Doma")
    measures = build_measures([item("p", a, "2030-01-01"), item("q", b, "2030-01-20"), item("q", c, "2030-01-20")])
    assert verdicts(measures) == {"changed_over_time": [{"p:" + a.id, "q:" + b.id}]}
    # with two named places in the block, an unplaced figure is not guessed into either
    d = fig("20,000 people are trapped in Doma.", "20,000", 20000, unit="people", predicate="trapped", place="Doma")
    two = build_measures([item("p", a, "2030-01-01"), item("q", b, "2030-01-20"), item("r", d, "2030-01-20")])
    assert two == []


def test_one_source_giving_two_values_for_one_time_is_not_a_conflict():
    s = "The agency said 900 people were still in shelters, down from more than 3,000 last week."
    now = fig(s, "900", 900, unit="people", predicate="sheltered")
    before = fig(s, "more than 3,000", 3000, "more than", unit="people", predicate="sheltered")
    measures = build_measures([item("a", now, "2031-05-02", speaker="agency"),
                               item("a", before, "2031-05-02", speaker="agency")])
    assert [m.verdict for m in measures] != ["conflict"]
    other = fig("Volunteers said 3,500 people were in shelters.", "3,500", 3500, unit="people", predicate="sheltered")
    measures = build_measures([item("a", now, "2031-05-02", speaker="agency"),
                               item("b", other, "2031-05-02", speaker="volunteers")])
    assert [m.verdict for m in measures] == ["conflict"]


def test_measures_come_in_the_one_verdict_order():
    # model.VERDICT_ORDER is the only order: reconcile, briefing and web all sort by it
    assert set(VERDICT_ORDER) == set(VERDICTS) == set(VERDICT_TITLES)
    a = fig("Nearly 500,000 people have been killed since the war began.", "500,000", 500000,
            unit="people", predicate="killed", time="since the war began")
    b = fig("About 480,000 people have been killed since the war began.", "480,000", 480000, "around",
            unit="people", predicate="killed", time="since the war began")
    c = fig("An airstrike on the market killed 31 people.", "31", 31, unit="people",
            predicate="killed in an airstrike")
    measures = build_measures([item("p", a, "2030-01-10", "sp_a"), item("q", b, "2030-01-10", "sp_b"),
                               item("r", c, "2030-01-10")])
    assert [m.verdict for m in measures] == ["different_scope", "agree"]
    assert measures == sorted(measures, key=measure_order)


def test_no_figures_give_no_measures_without_loading_the_classes(monkeypatch):
    """A store with no figure needs none of the measure classes (their phrase patterns)."""
    from sourcebook.reconcile import measures as module

    def no_classes():
        raise AssertionError("measure classes loaded for no figure")

    monkeypatch.setattr(module, "classes", no_classes)
    assert build_measures([]) == []
    assert build_measures(iter(()), stories={}, include_singletons=True) == []
