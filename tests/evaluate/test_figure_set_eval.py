"""``sourcebook evaluate figures``: the scorer on hand-built rows, and the floors of the
multi-domain set (``tests/data/figures_multidomain.jsonl``, sentences written for it). The
floors only move up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcebook.errors import SettingsError
from sourcebook.evaluate.figure_set import evaluate_figure_set, format_figure_set, read_figure_set, score_figure_set

SET = Path(__file__).parents[1] / "data" / "figures_multidomain.jsonl"
TEXT = "Shares rose 6.5% to 164p."


def fig(text, value, change=None, unit=None):
    start = TEXT.index(text)
    return {"text": {"text": text, "start": start, "end": start + len(text)}, "value": value, "low": value,
            "high": value, "qualifier": "exact", "change": change, "unit": unit}


def test_value_change_and_unit_scores():
    row = {"text": TEXT, "figures": [fig("6.5%", 6.5, "up", "percent"), fig("164p", 164, "up", "pence")]}
    predicted = [fig("6.5%", 6.5, "up", "percent"), fig("164p", 164, None, "dollars"), fig("Shares", 1)]
    result = score_figure_set([(row, predicted)])
    assert result["value"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert result["value_change"]["recall"] == 0.5
    assert result["unit_accuracy"] == 0.5
    assert {e["what"] for e in result["errors"]} == {"change", "unit", "false"}
    assert "value+change" in format_figure_set(result, show=3)


def test_the_set_is_well_formed():
    rows = read_figure_set(SET)
    figures = [f for row in rows for f in row["figures"]]
    assert len(figures) >= 400
    assert {row["split"] for row in rows} == {"dev", "held"}
    assert len({row["domain"] for row in rows}) >= 9
    for row in rows:
        for f in row["figures"]:
            span = f["text"]
            assert row["text"][span["start"]:span["end"]] == span["text"], row["text"]
            assert f["change"] in (None, "up", "down")


def test_a_bad_line_is_named(tmp_path):
    bad = tmp_path / "set.jsonl"
    bad.write_text(json.dumps({"text": "ok", "figures": []}) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="set.jsonl:2"):
        read_figure_set(bad)


def test_dev_floors(nlp):
    result = evaluate_figure_set(SET, nlp=nlp, split="dev")
    assert result["value"]["f1"] >= 0.97
    assert result["value_change"]["f1"] >= 0.96
    assert result["unit_accuracy"] >= 0.93


def test_held_floors(nlp):
    """The held part was scored only once the rules were done (value F1 0.995, value+change
    0.995, unit 0.961 then); its floors are the issue's bar."""
    result = evaluate_figure_set(SET, nlp=nlp, split="held")
    assert result["value"]["f1"] >= 0.93
    assert result["value_change"]["f1"] >= 0.90
    assert result["unit_accuracy"] >= 0.90
