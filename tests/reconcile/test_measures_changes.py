"""A change is not a level: only levels form measures ("rose 6.5% to 164p" is a change of 6.5%
and a level of 164p; "the death toll rose by 12 to 52" compares 52, never 12)."""

from __future__ import annotations

from sourcebook.reconcile.measures import build_measures

from .test_measures import fig, item


def test_a_level_reached_meets_the_earlier_count():
    killed = fig("At least 40 people were killed.", "40", 40, "at least", unit="people", predicate="killed")
    risen = fig("The death toll has risen to 52.", "52", 52, unit="people", predicate="toll", change="up")
    measures = build_measures([item("p", killed, "2030-01-10"), item("q", risen, "2030-01-12")])
    assert [{m.figure_id for m in measure.members} for measure in measures] == [{"p:" + killed.id, "q:" + risen.id}]


def test_the_size_of_a_change_forms_no_measure():
    killed = fig("At least 40 people were killed.", "40", 40, "at least", unit="people", predicate="killed")
    rise = fig("The toll rose by 12 people killed.", "12", 12, unit="people", predicate="killed", change="up",
               level=False)
    assert build_measures([item("p", killed, "2030-01-10"), item("q", rise, "2030-01-10")]) == []
    singles = build_measures([item("p", killed, "2030-01-10"), item("q", rise, "2030-01-10")], include_singletons=True)
    assert [[m.figure_id for m in s.members] for s in singles] == [["p:" + killed.id]]
