"""The figure scorer (fair matching of the seed gold README) and the figure floors on the seeds."""

from __future__ import annotations

import json

import pytest

from sourcebook.evaluate.figures import format_figures, same_speaker, same_unit, score_figures, values_agree


def fig(text, start, value, low=None, high=None, qualifier="exact", unit=None, according_to=None):
    if qualifier == "exact" and low is None and high is None:
        low = high = value
    return {"text": {"text": text, "start": start, "end": start + len(text)}, "value": value, "low": low,
            "high": high, "qualifier": qualifier, "unit": unit, "according_to": according_to}


TEXT = "More than 40 nurses and hundreds of doctors left; about 3-5 clinics closed."


def doc(figures):
    return {"document": "x.txt", "text": TEXT, "figures": figures, "attributions": []}


def test_perfect_match():
    gold = [fig("More than 40", 0, 40, 40, None, "more than", "nurses")]
    result = score_figures([(doc(gold), doc(gold))])
    assert (result["precision"], result["recall"], result["unit"], result["bounds"]) == (1.0, 1.0, 1.0, 1.0)


def test_overlap_and_value_needed():
    gold = [fig("More than 40", 0, 40, 40, None, "more than")]
    shifted = [fig("40", 10, 40)]  # overlaps, same value: a match (bounds and qualifier wrong)
    other_value = [fig("40", 10, 41)]
    apart = [fig("nurses", 13, 40)]  # same value, no overlap
    assert score_figures([(doc(gold), doc(shifted))])["matched"] == 1
    assert score_figures([(doc(gold), doc(shifted))])["qualifier"] == 0.0
    assert score_figures([(doc(gold), doc(other_value))])["matched"] == 0
    assert score_figures([(doc(gold), doc(apart))])["matched"] == 0


def test_vague_and_range_values_inside_the_interval():
    gold = fig("hundreds", 24, 200, 200, 999, "vague")
    assert values_agree(gold, fig("hundreds", 24, 500))
    assert values_agree(gold, fig("hundreds", 24, 100, 200, 999, "vague"))  # equal bounds
    assert not values_agree(gold, fig("hundreds", 24, 1000))
    assert not values_agree(fig("40", 10, 40), fig("40", 10, 39))


def test_one_to_one():
    gold = [fig("40", 10, 40)]
    pred = [fig("40", 10, 40), fig("More than 40", 0, 40)]
    result = score_figures([(doc(gold), doc(pred))])
    assert (result["matched"], result["predicted"], len(result["false_positives"])) == (1, 2, 1)
    assert result["precision"] == 0.5


@pytest.mark.parametrize("gold, pred, same", [
    ("children", "child", True), ("people", "persons", True), ("square kilometers", "kilometers", True),
    ("hospitals and clinics", "hospitals", True), ("Years", "years", True), ("percent", "%", True),
    ("votes", "delegates", False), (None, None, True), ("people", None, False),
])
def test_same_unit(gold, pred, same):
    assert same_unit(gold, pred) is same


@pytest.mark.parametrize("gold, pred, same", [
    ("Stephen O'Brien", "O\u2019Brien", True), ("United Nations", "UN", True), ("Stephen O'Brien", "Mr. Stephen O'Brien", True),
    ("unnamed doctor (quoted by a charity)", "One doctor", True), ("Human Rights Watch", "Amnesty International", False),
    (None, None, True), (None, "UNICEF", False), ("UNICEF", None, False),
])
def test_same_speaker(gold, pred, same):
    assert same_speaker(gold, pred) is same


def test_format_is_a_short_table():
    gold = [fig("More than 40", 0, 40, 40, None, "more than", "nurses")]
    text = format_figures(score_figures([(doc(gold), doc([]))]))
    assert "recall" in text and "missed" in text


FLOORS = {"recall": 0.95, "precision": 0.90, "unit": 0.85, "qualifier": 0.90, "bounds": 0.90, "according_to": 0.85}


def test_seed_floors(nlp, seeds_dir):
    from sourcebook.report.ledger import figure_record

    pairs = []
    for gold_path in sorted((seeds_dir / "gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (seeds_dir / gold["document"]).read_text(encoding="utf-8")
        doc_ = nlp(text)
        for f in doc_._.sourcebook_figures:
            assert text[f.span.start:f.span.end] == f.span.text
        pairs.append((gold, {"document": gold["document"], "text": text, "attributions": [],
                             "figures": [figure_record(f) for f in doc_._.sourcebook_figures]}))
    result = score_figures(pairs)
    low = {k: result[k] for k, floor in FLOORS.items() if result[k] < floor}
    assert not low, format_figures(result)
