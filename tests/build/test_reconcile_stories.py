"""The reconcile step with stories: figures of two stories never meet in a measure, each measure
names the story it formed in, and a build stores the stories of what it built. Hand-built
figures; no spaCy model."""

from __future__ import annotations

from sourcebook.build.reconcile import group_measures, with_stories
from sourcebook.model import Figure, Measure, MeasureMember, Span
from sourcebook.reconcile.measures import MeasureInput


def _item(article: str, sentence: str, number: str, value: float, speaker: str) -> MeasureInput:
    start = sentence.index(number)
    figure = Figure("f1", Span(start, start + len(number), number), value, value, value, "exact",
                    unit="people", predicate="trapped")
    return MeasureInput(figure_id=f"{article}:f1", article_id=article, document=f"{article}.txt", figure=figure,
                        published="2031-02-03", speaker_id=speaker)


ITEMS = [
    _item("quarry", "40,000 people are trapped near the Selb quarry.", "40,000", 40000, "sp_a"),
    _item("tunnel", "9,000 people are trapped behind the Orme tunnel.", "9,000", 9000, "sp_b"),
]


def test_figures_of_two_stories_never_meet_in_a_measure():
    apart = group_measures(ITEMS, {"quarry": "st_quarry", "tunnel": "st_tunnel"})
    assert all(m.verdict != "conflict" for m in apart)
    assert all(len({mm.article_id for mm in m.members}) == 1 for m in apart)
    together = group_measures(ITEMS, {"quarry": "st_one", "tunnel": "st_one"})
    assert [m.verdict for m in together] == ["conflict"]


def test_a_measure_names_the_story_most_of_its_figures_are_in():
    members = (MeasureMember("a:f1", "a", 0, 1), MeasureMember("b:f1", "b", 0, 1), MeasureMember("c:f1", "c", 0, 1))
    measure = Measure("m_1", "people trapped", "agree", members)
    [named] = with_stories([measure], {"a": "st_2", "b": "st_2", "c": "st_1"})
    assert named.story == "st_2"
    [tie] = with_stories([Measure("m_2", "x", "agree", members[:2])], {"a": "st_9", "b": "st_3"})
    assert tie.story == "st_3"  # a tie goes to the smallest id: the same on every run
    [kept] = with_stories([Measure("m_3", "x", "agree", members, story="st_7")], {"a": "st_2"})
    assert kept.story == "st_7"  # a grouping that set the story is kept
    [none] = with_stories([measure], {})
    assert none.story is None
