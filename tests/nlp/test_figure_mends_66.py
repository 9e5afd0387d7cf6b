"""Small mends of the figure extractor on sentences written for these tests: the counted noun's adjective is no
predicate when the noun is the subject of a verb of its own ("40 displaced families returned home"); an hour after
a death's 'at' with a day after it is no age ("died at 3 on Sunday"); a later conjunct that leaves out its holding
names no place ("40 shares in Amazon and 30 in Google"); and the words the figure rules read from the measures table
and the lists of a lexicon directory other than the packaged one."""

from __future__ import annotations

import shutil

import pytest
from figure_rows import published_figures

PUBLISHED = "2024-05-16"
_CACHE: dict = {}


def _figures(nlp, text):
    return published_figures(nlp, text, PUBLISHED, _CACHE)


def _one(nlp, text, span):
    [figure] = [f for f in _figures(nlp, text) if f.span.text == span]
    return figure


@pytest.mark.parametrize(("text", "span", "predicate"), [
    # the subject of a verb of its own: what they did
    ("Some 300 displaced families returned to Orrick after the floods receded.", "Some 300", "returned"),
    ("About 50 injured miners stayed in hospital overnight.", "About 50", "stayed in hospital"),
    # the object or a passive's subject of a verb that names no happening: what happened to them
    ("Medics flew 12 injured climbers to Tarn General.", "12", "injured"),
    ("A further 25 injured climbers were flown to Tarn General.", "25", "injured"),
    ("The office revised its estimate to 81,000 unemployed people.", "81,000", "unemployed"),
])
def test_the_adjective_of_a_doer_is_no_predicate(nlp, text, span, predicate):
    assert _one(nlp, text, span).predicate == predicate


@pytest.mark.parametrize("text", [
    "The poet died at 3 on Sunday at her home in Ossel.",
    "The drummer died at 11 that night, his manager said.",
    "He died at 4 in the morning, hours after the crash.",
])
def test_an_hour_after_died_at_is_no_figure(nlp, text):
    assert [f.span.text for f in _figures(nlp, text)] == []


@pytest.mark.parametrize(("text", "span"), [
    ("The painter died at 91 on Saturday.", "91"),  # an age: no hour of the clock
    ("The boy died at 9 in hospital.", "9"),  # no day or part of one after it
])
def test_an_age_after_died_at_stays(nlp, text, span):
    figure = _one(nlp, text, span)
    assert (figure.kind, figure.unit) == ("age", "years")


@pytest.mark.parametrize(("text", "places"), [
    # the holding the first conjunct names is the later one's too
    ("The trust holds 60 shares in Amazon and 25 in Google.", [None, None]),
    # a verb with a holding for its object ('holds 80 shares in X')
    ("The bank bought 80 shares in Microsoft last week.", [None]),
    # places as before
    ("The storm killed 17 people in Fenwyke and 4 in Dunmarsh.", ["Fenwyke", "Dunmarsh"]),
])
def test_a_later_conjunct_keeps_the_holding(nlp, text, places):
    assert [f.place for f in _figures(nlp, text)] == places


def test_the_figure_rules_read_the_given_lexicon(tmp_path, nlp):
    from sourcebook.nlp.figures.named_places import with_named_places
    from sourcebook.nlp.figures.outcomes import outcome
    from sourcebook.nlp.lexicon import DEFAULT_DIRECTORY, happenings

    assert "possible" in happenings() and all(not name.startswith("_") for name in happenings())
    copy = tmp_path / "lexicon"
    shutil.copytree(DEFAULT_DIRECTORY, copy)
    with (copy / "figures" / "place_kinds.txt").open("a", encoding="utf-8") as out:
        out.write("wapentake\n")  # (a kind of place no packaged list has)
    doc = nlp("Floods cut off 40 homes in the Orm wapentake.")
    assert with_named_places([], doc, doc.text) == []
    assert [p[2] for p in with_named_places([], doc, doc.text, copy)] == ["Orm"]
    with (copy / "figures" / "complement_verbs.txt").open("w", encoding="utf-8") as out:
        out.write("# none\nkeep\n")  # ('left' is no longer a complement verb)
    doc = nlp("The landslide left 31 people dead.")
    left, anchor = doc[2], doc[4]
    assert outcome(left, anchor) == "dead"
    assert outcome(left, anchor, copy) is None
