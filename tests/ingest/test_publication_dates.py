"""Where an article's publication date comes from, most trusted first: a flag, a sidecar or row
field, HTML metadata, a date in the URL, a date in the file name (or row id), an estimate from
its own text; otherwise undated. (Dates here are in the past: a URL or file-name date after
tomorrow is not a publication date.)"""

from __future__ import annotations

import json

import pytest

from sourcebook.build.dating import date_article
from sourcebook.ingest import iter_inputs
from sourcebook.ingest.articles import publication_date
from sourcebook.model import PUBLISHED_SOURCES, Article, Skipped
from sourcebook.settings import Metadata, Settings

# a text that gives evidence of its own date (a dateline)
DATELINED = "BRASK, May 20, 2025 - The harbour reopened on Tuesday, the harbour master said.\n"
PLAIN = "The harbour reopened on Tuesday, the harbour master said.\n"


def dated(paths, settings=None):
    items = list(iter_inputs([str(p) for p in paths], settings or Settings()))
    return [date_article(i) for i in items if isinstance(i, Article)]


def where(article):
    return article.published, article.published_source


@pytest.mark.parametrize(
    ("metadata", "url", "file_name", "expected"),
    [
        ("2025-05-01", "https://ex.org/2025/05/02/x", "wire_2025-05-03.txt", ("2025-05-01", "metadata")),
        (None, "https://ex.org/2025/05/02/x", "wire_2025-05-03.txt", ("2025-05-02", "url")),
        (None, "https://ex.org/news/harbour", "wire_2025-05-03.txt", ("2025-05-03", "file name")),
        (None, None, "wire_20250503.txt", ("2025-05-03", "file name")),
        (None, "https://ex.org/news/harbour", "harbour.txt", (None, None)),
        (None, None, None, (None, None)),
    ],
)
def test_precedence_of_given_dates(metadata, url, file_name, expected):
    assert publication_date(metadata, url, file_name) == expected


def test_flag_beats_sidecar_beats_url_beats_file_name_beats_estimate(tmp_path):
    story = tmp_path / "wire_2025-05-03_harbour.txt"
    story.write_text(DATELINED, encoding="utf-8")
    sidecar = tmp_path / "wire_2025-05-03_harbour.json"
    sidecar.write_text(json.dumps({"published": "2025-05-01", "url": "https://ex.org/2025/05/02/harbour"}))
    flag = Settings(metadata=Metadata(published="2025-04-30"))
    assert where(dated([story], flag)[0]) == ("2025-04-30", "metadata")
    assert where(dated([story])[0]) == ("2025-05-01", "metadata")
    sidecar.write_text(json.dumps({"url": "https://ex.org/2025/05/02/harbour"}))
    assert where(dated([story])[0]) == ("2025-05-02", "url")
    sidecar.unlink()
    assert where(dated([story])[0]) == ("2025-05-03", "file name")
    renamed = story.rename(tmp_path / "harbour.txt")
    [estimated] = dated([renamed])
    assert where(estimated) == ("2025-05-20", "estimate") and estimated.published_estimated
    assert estimated.published_evidence == "May 20, 2025" and 0 < estimated.published_confidence <= 1
    renamed.write_text(PLAIN, encoding="utf-8")
    [undated] = dated([renamed])
    assert where(undated) == (None, None) and not undated.published_estimated
    assert undated.published_evidence is None and undated.published_confidence is None


def test_a_given_date_is_never_replaced_by_an_estimate(tmp_path):
    (tmp_path / "wire_2025-05-03.txt").write_text(DATELINED, encoding="utf-8")
    [article] = dated([tmp_path])
    assert where(article) == ("2025-05-03", "file name") and article.published_evidence is None


def test_rows_take_their_url_then_their_id(tmp_path):
    rows = [
        {"id": "r-2025-05-04", "text": "First " + PLAIN, "url": "https://ex.org/2025/05/02/a", "published": "2025-05-01"},
        {"id": "r-2025-05-04", "text": "Second " + PLAIN, "url": "https://ex.org/2025/05/02/b"},
        {"id": "r-2025-05-04", "text": "Third " + PLAIN},
        {"id": "r-plain", "text": "Fourth " + PLAIN},
    ]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    articles = dated([tmp_path])
    assert [where(a) for a in articles] == [
        ("2025-05-01", "metadata"), ("2025-05-02", "url"), ("2025-05-04", "file name"), (None, None)]


def test_html_metadata_then_its_url_never_a_guess_from_the_text(tmp_path):
    body = " ".join(["The mayor said the bridge would reopen after repairs costing $2 million."] * 4)
    page = ("<html><head><title>Bridge</title>{meta}</head><body><article><h1>Bridge</h1><p>{lead}</p>"
            "<p>{body}</p></article><footer>Copyright 2015</footer></body></html>")
    meta = '<meta name="date" content="2025-06-01"><link rel="canonical" href="https://ex.org/2025/06/03/bridge">'
    (tmp_path / "a.html").write_text(page.format(meta=meta, lead="Works went on.", body=body), encoding="utf-8")
    canonical = '<link rel="canonical" href="https://ex.org/2025/06/03/bridge">'
    (tmp_path / "b.html").write_text(page.format(meta=canonical, lead="Works went on.", body=body), encoding="utf-8")
    # no date in the markup: htmldate's guess from the copyright line is not taken
    (tmp_path / "c.html").write_text(page.format(meta="", lead="Works went on.", body=body), encoding="utf-8")
    a, b, c = dated([tmp_path])
    assert [where(a), where(b), where(c)] == [("2025-06-01", "metadata"), ("2025-06-03", "url"), (None, None)]


def test_sources_are_named_in_the_model():
    assert PUBLISHED_SOURCES == ("metadata", "url", "file name", "estimate")


def test_nothing_but_articles_here(tmp_path):
    (tmp_path / "x.txt").write_text("", encoding="utf-8")
    assert all(isinstance(i, Skipped) for i in iter_inputs([str(tmp_path)], Settings()))
