"""``sourcebook evaluate dates``: dates estimated from text alone against the dates in the file
names (hand-written articles, dated in the past: later file-name dates are not publication dates),
and the bar on PolNeAR dev when ../shared is there."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sourcebook.cli import app
from sourcebook.errors import SettingsError
from sourcebook.evaluate.dates import evaluate_dates, format_dates

FILLER = "The council met again to talk about the dam and the cost of the repairs. " * 8


def _corpus(root):
    articles = {
        # a dateline: within a day
        "wire_2025-05-09_port.txt": "BRASK, May 9, 2025 - The port reopened, the harbour master said.",
        # a weekday date two days before the article
        "post_2025-05-14_pier.txt": FILLER + "The mayor spoke at the pier on Monday, May 12, 2025.",
        # a weekday date a year before (an anniversary piece): off by a year
        "daily_2025-06-02_flood.txt": FILLER + "The dam broke on Thursday, June 1, 2023, and 16 died.",
        # no evidence: undated
        "gazette_20250520_rain.txt": "Rain fell on Tuesday, and last week the river rose.",
    }
    for name, text in articles.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "no-date-in-name.txt").write_text("GENEVA, March 3, 2019 - Talks ended.", encoding="utf-8")
    (root / "wire_2025-05-09_port.json").write_text("{}", encoding="utf-8")  # not a text file


def test_counts_and_errors(tmp_path):
    _corpus(tmp_path)
    report = evaluate_dates(tmp_path)
    assert (report.files, report.dated, report.undated) == (4, 3, 1)
    assert (report.within_1, report.within_7, report.over_30, report.off_by_a_year) == (1, 2, 1, 1)
    assert [(e.document, e.days) for e in report.errors] == [
        ("daily_2025-06-02_flood.txt", -732), ("post_2025-05-14_pier.txt", -2)]
    text = format_dates(report)
    assert "within 7 days         2 (67%) of dated" in text and "-732 d  daily_2025-06-02_flood.txt" in text


def test_a_directory_without_dated_names_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(SettingsError, match="no text file"):
        evaluate_dates(tmp_path)


def test_cli(tmp_path):
    _corpus(tmp_path)
    result = CliRunner().invoke(app, ["evaluate", "dates", str(tmp_path), "--show", "1"])
    assert result.exit_code == 0, result.output
    assert "dated from text only: 4 files" in result.output and "daily_2025-06-02" in result.output
    assert "post_2025-05-14" not in result.output  # only the largest error shown


def test_polnear_dev_bar(polnear_dir):
    """The issue's bar: on PolNeAR dev every estimate within 7 days or undated, none off by a year."""
    report = evaluate_dates(polnear_dir / "dev" / "text")
    assert report.files == 84
    assert report.within_7 == report.dated and report.off_by_a_year == 0
