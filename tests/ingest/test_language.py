"""Each article's language, and articles the pipeline cannot read skipped with a reason;
short or ambiguous texts are kept."""

from __future__ import annotations

import json

import pytest

from sourcebook.ingest import iter_inputs
from sourcebook.ingest.language import Detected, detect_language, load_in_background, other_language
from sourcebook.model import Article, Skipped
from sourcebook.settings import Settings

GERMAN = ("Die Bahn hat am Montag 19 Züge gestrichen, sagte ein Sprecher des Unternehmens in Berlin. "
          "Die Fahrgäste müssen mit Verspätungen rechnen.")
FRENCH = ("Le gouvernement a annoncé mardi une hausse des impôts, a déclaré le ministre des Finances à Paris. "
          "Les syndicats ont appelé à la grève.")
ENGLISH = ("The Kessling dam gave way before dawn on Tuesday, the regional emergency agency said. "
           "More than 4,000 residents fled their homes.")

DETECTED = [
    (GERMAN, "de"),
    (FRENCH, "fr"),
    (ENGLISH, "en"),
]


@pytest.mark.parametrize(("text", "code"), DETECTED)
def test_detects_language(text, code):
    found = detect_language(text)
    assert found is not None and found.code == code and found.sure


@pytest.mark.parametrize("text", ["Obama said.", "19 dead", "", "12:45 - 3,000"])
def test_too_short_to_judge(text):
    assert detect_language(text) is None


def test_reason_names_language_confidence_and_the_ways_out():
    reason = other_language(Detected("de", 0.987), "en")
    assert reason == ("German (de, 0.99) - the pipeline reads English; "
                      "build with --model for that language or --any-language")
    assert other_language(Detected("de", 0.5), "en") is None  # unsure: kept
    assert other_language(Detected("en", 0.99), "en") is None
    assert other_language(None, "en") is None


def read(tmp_path, settings):
    items = list(iter_inputs([str(tmp_path)], settings))
    return ({i.stem: i for i in items if isinstance(i, Article)},
            {i.where.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, Skipped)})


def write(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "short.txt").write_text("Die Bahn streikt.", encoding="utf-8")  # too short to judge: kept
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "row-de", "text": GERMAN}) + "\n", encoding="utf-8")


def test_other_languages_skipped_with_reason(tmp_path):
    write(tmp_path)
    articles, skipped = read(tmp_path, Settings(language="en"))
    assert sorted(articles) == ["en", "short"]
    assert articles["en"].language == "en" and articles["short"].language == "en"
    assert skipped["de.txt"].startswith("German (de, ")
    assert skipped["fr.txt"].startswith("French (fr, ")
    assert "--any-language" in skipped["fr.txt"] and "--model" in skipped["fr.txt"]
    assert skipped["rows.jsonl:1"].startswith("German (de")  # every format


def test_any_language_keeps_them_with_their_language(tmp_path):
    write(tmp_path)
    articles, skipped = read(tmp_path, Settings(language="en", any_language=True))
    assert skipped == {}
    assert {stem: a.language for stem, a in articles.items()} == {
        "de": "de", "fr": "fr", "en": "en", "short": "en", "row-de": "de"}


def test_a_german_pipeline_reads_german(tmp_path):
    write(tmp_path)
    articles, skipped = read(tmp_path, Settings(language="de"))
    assert sorted(articles) == ["de", "row-de", "short"] and articles["short"].language == "de"
    assert skipped["en.txt"].startswith("English (en, ") and "reads German" in skipped["en.txt"]


def test_without_a_pipeline_language_nothing_is_skipped(tmp_path):
    """Reading alone (no build, no model): languages are detected, nothing is skipped."""
    write(tmp_path)
    articles, skipped = read(tmp_path, Settings())
    assert skipped == {} and articles["fr"].language == "fr"


def test_build_skips_german_with_the_models_language(tmp_path, cli_main):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "in" / "en.txt").write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "s.db")
    done = cli_main("build", str(tmp_path / "in"), "--db", db, "--no-progress")
    assert done.returncode == 3, done.stderr  # finished, something skipped
    assert "German (de, " in done.stderr and "--any-language" in done.stderr
    kept = cli_main("build", str(tmp_path / "in"), "--db", db, "--no-progress", "--any-language")
    assert kept.returncode == 0, kept.stderr


def test_the_identifier_loads_in_one_thread_however_often_its_load_is_started():
    """``engine_for`` starts the load before importing the local engine, which starts it again
    to join it: one thread, one load."""
    started = load_in_background()
    assert load_in_background() is started
    started.join()
    assert detect_language(ENGLISH) == detect_language(ENGLISH) and detect_language(ENGLISH).code == "en"
