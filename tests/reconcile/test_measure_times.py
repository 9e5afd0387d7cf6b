"""When and where a measure is: undated articles ordered by the months their own figures
state, stocks stated for a day, and the place an article's unplaced counts take. Sentences
written for these tests."""

from __future__ import annotations

from sourcebook.model import Figure, Span
from sourcebook.reconcile.measures import MeasureInput, article_eras, article_places, build_measures

_ids = iter(range(1, 10**6))


def fig(number: str, value: float, qualifier: str = "exact", **fields) -> Figure:
    low = value if qualifier in ("exact", "at least", "more than") else None
    high = value if qualifier == "exact" else None
    return Figure(f"f{next(_ids)}", Span(0, len(number), number), value, low, high, qualifier, **fields)


def item(article: str, figure: Figure, published: str | None = None, speaker: str | None = None) -> MeasureInput:
    return MeasureInput(f"{article}:{figure.id}", article, f"{article}.txt", figure, published, speaker_id=speaker)


def _undated_pair(early_time: str, late_time: str, predicate: str = "trapped"):
    """Two undated articles: a stock count each, and another figure whose time text gives the
    season ("four days towards the end of November" / "Earlier in December")."""
    a_count = item("a", fig("more than 8,000", 8000, "more than", unit="civilians", predicate=predicate))
    a_time = item("a", fig("four", 4, kind="duration", unit="days", predicate="fled", time=early_time))
    b_count = item("b", fig("3,000", 3000, unit="people", predicate=predicate), speaker="sp_mayor")
    b_time = item("b", fig("two", 2, kind="duration", unit="months", predicate="shelled", time=late_time))
    return [a_count, a_time, b_count, b_time], a_count, b_count


def test_an_undated_article_takes_the_latest_month_its_figures_state():
    inputs, _, _ = _undated_pair("towards the end of November", "Earlier in December")
    inputs.append(item("b", fig("96", 96, unit="children", predicate="died", time="In September")))
    assert article_eras(inputs) == {"a": (11, 0), "b": (12, 0)}


def test_a_dated_article_has_no_era():
    dated = item("c", fig("two", 2, kind="duration", unit="months", time="In March"), published="2031-05-01")
    assert article_eras([dated]) == {}


def test_undated_articles_of_successive_months_show_a_change():
    inputs, a_count, b_count = _undated_pair("towards the end of November", "Earlier in December")
    measures = build_measures(inputs)
    (changed,) = [m for m in measures if m.verdict == "changed_over_time"]
    assert {m.figure_id for m in changed.members} == {a_count.figure_id, b_count.figure_id}
    assert changed.confidence == 0.5
    assert "November" in changed.why and "December" in changed.why and "no year" in changed.why


def test_months_are_ordered_across_the_new_year():
    inputs, _, _ = _undated_pair("in late December", "Earlier in January")
    (changed,) = [m for m in build_measures(inputs) if m.verdict == "changed_over_time"]
    assert changed.why.index("December") < changed.why.index("January")


def test_undated_articles_of_one_month_or_far_apart_meet_in_no_verdict():
    for early, late in (("In November", "Earlier in November"), ("In March", "In October")):
        inputs, _, _ = _undated_pair(early, late)
        assert build_measures(inputs) == []


def test_an_undated_event_count_is_not_placed_in_its_articles_month():
    # killings happen in windows of their own: the article's season says nothing of them
    inputs, _, _ = _undated_pair("towards the end of November", "Earlier in December", predicate="killed")
    assert build_measures(inputs) == []


def test_undated_articles_are_never_in_conflict():
    inputs, _, _ = _undated_pair("In November", "In November")
    assert all(m.verdict != "conflict" for m in build_measures(inputs))


def test_a_stock_stated_for_a_day_is_the_state_on_that_day():
    # "120 people are still missing" (Red Cross) / "put the number missing on Sunday at 35"
    red_cross = item("a", fig("120", 120, unit="people", predicate="missing"), "2031-03-04", "sp_red_cross")
    ministry = item("b", fig("35", 35, unit="people", predicate="missing", time="on Sunday"), "2031-03-04",
                    "sp_ministry")
    assert [m.verdict for m in build_measures([red_cross, ministry])] == ["conflict"]


def test_an_articles_place_comes_from_its_counts_and_ties_go_to_the_first_named():
    headline = item("a", fig("22", 22, unit="people", predicate="dead", place="Lisch"))
    hospital = item("a", fig("150", 150, unit="people", predicate="treated", place="St Anne's"))
    distance = item("a", fig("12 km", 12, kind="measure", unit="kilometres", place="Dorvik"))
    distance2 = item("a", fig("9 km", 9, kind="measure", unit="kilometres", place="Dorvik"))
    assert article_places([headline, hospital, distance, distance2]) == {"a": "lisch"}
