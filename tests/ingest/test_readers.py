"""Readers: every input format, metadata precedence, and every kind of bad input reported
with its file (and line) and reason."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from sourcebook.ingest import iter_inputs
from sourcebook.ingest.ids import article_id
from sourcebook.model import Article, Skipped
from sourcebook.settings import Metadata, Settings

STORY = "The river rose by two metres overnight, the harbour master said.\n"


def read(paths, settings=None, stdin=None):
    items = list(iter_inputs([str(p) for p in paths], settings or Settings(), stdin))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Skipped)]


def test_text_with_sidecar_and_flag_override(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"outlet": "Harbour News", "published": "5 March 2031", "title": "Rising"}))
    [article], skipped = read([tmp_path])
    assert skipped == []
    assert (article.outlet, article.published, article.title, article.stem) == ("Harbour News", "2031-03-05", "Rising", "story")
    assert article.document == "story.txt"
    [flagged], _ = read([tmp_path / "story.txt"], Settings(metadata=Metadata(outlet="Flag Outlet")))
    assert flagged.outlet == "Flag Outlet" and flagged.title == "Rising"


def test_same_text_in_two_formats_has_one_id(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "row1", "text": "  " + STORY.replace(" ", "  ")}) + "\n")
    articles, _ = read([tmp_path])
    assert len(articles) == 2 and articles[0].id == articles[1].id == article_id(STORY)


def test_html_through_trafilatura(tmp_path):
    body = " ".join(["The mayor said the bridge would reopen on Friday after repairs costing $2 million."] * 4)
    html = f"""<html><head><title>Bridge to reopen</title><meta property="og:site_name" content="Town Gazette">
    <meta name="date" content="2024-06-01"></head><body><nav>Home | Sport | Weather</nav>
    <article><h1>Bridge to reopen</h1><p>{body}</p><p>{body}</p></article><footer>Copyright</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article], skipped = read([tmp_path / "page.html"])
    assert "bridge would reopen" in article.text and "Copyright" not in article.text
    assert article.title == "Bridge to reopen"
    assert article.published == "2024-06-01"


def test_jsonl_gz_and_csv_with_custom_fields(tmp_path):
    with gzip.open(tmp_path / "rows.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"key": "k1", "body": STORY, "source": "Wire"}) + "\n")
    (tmp_path / "rows.csv").write_text('key,body,source\nk2,"Second story, with a comma.",Post\n', encoding="utf-8")
    settings = Settings().with_fields({"id": "key", "text": "body", "outlet": "source"})
    articles, skipped = read([tmp_path], settings)
    assert skipped == []
    assert sorted((a.stem, a.outlet) for a in articles) == [("k1", "Wire"), ("k2", "Post")]


def test_stdin_jsonl_is_sniffed():
    stdin = io.BytesIO(json.dumps({"text": STORY}).encode() + b"\n")
    [article], _ = read(["-"], stdin=stdin)
    assert article.origin.path == "<stdin>" and article.text == STORY


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("binary.txt", bytes(range(256)) * 3, "binary"),
        ("empty.txt", b"   \n\n", "empty"),
        ("big.txt", b"word " * 300, "too large"),
        ("broken.html",
         b"<html><head><title>t</title><script>var x = 1;</script></head><body><div> </div></body></html>", "no main text"),
        ("bad.csv", b"id,title\n1,x\n", "no column 'text'"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    articles, [skipped] = read([path], Settings(max_bytes=1000))
    assert articles == []
    assert skipped.where.startswith(str(path)) and reason in skipped.reason


def test_legacy_encoding_is_detected(tmp_path):
    text = "Les réfugiés arrivés à Genève étaient épuisés, a déclaré le porte-parole. " * 3
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    [article], skipped = read([tmp_path / "latin.txt"])
    assert skipped == [] and "réfugiés" in article.text


def test_malformed_rows_name_file_and_line_and_the_rest_is_read(tmp_path):
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"text": STORY}) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": "Another story entirely."}) + "\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text('text,title\n"A fine row.",t\n"Too","many","fields"\n', encoding="utf-8")
    articles, skipped = read([tmp_path])
    assert len(articles) == 3
    where = sorted(s.where.rsplit("/", 1)[-1] for s in skipped)
    assert where == ["rows.csv:3", "rows.jsonl:2", "rows.jsonl:3"]
    assert any("malformed JSON" in s.reason for s in skipped)


def test_directory_walk_ignores_other_files_and_missing_paths_are_reported(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(STORY + "hidden", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path), str(tmp_path / "nope.txt")], Settings()))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len([i for i in items if isinstance(i, Article)]) == 1
    assert [(s.where.rsplit("/", 1)[-1], s.ignored) for s in skipped] == [("photo.jpg", True), ("nope.txt", False)]
