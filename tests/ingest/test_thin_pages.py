"""Thin or boilerplate-only pages skipped with a reason: HTML pages below
DEFAULT_PAGE_MIN_WORDS words of main text by default, every format with ``--min-words N``."""

from __future__ import annotations

import io
import json

import pytest

from sourcebook.ingest import InputUnit, iter_inputs, read_unit
from sourcebook.model import Article, Skipped
from sourcebook.settings import DEFAULT_PAGE_MIN_WORDS, Settings, SettingsError

#: what trafilatura kept of one news site's page: its photo caption, 151 characters
CAPTION = ("Rescue workers carry a resident through floodwater in Brask on Tuesday after the Kessling "
           "dam gave way before dawn. (Photo: Tessel Emergency Agency/AP)")
ARTICLE = " ".join([
    "The Kessling dam on the Tessel river gave way before dawn on Tuesday, sending a wall of water",
    "through three villages in the Lower Tessel valley. At least 12 people were killed and more than",
    "4,000 residents fled their homes, according to the regional emergency agency. Rescue teams",
    "reached Brask by boat in the afternoon, the agency's director said, and more were on their way.",
])


def page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>Flood</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{body}</article><footer>(c) Valley Courier</footer></body></html>")


def read(tmp_path, settings=None):
    items = list(iter_inputs([str(tmp_path)], settings or Settings()))
    return ({i.stem: i for i in items if isinstance(i, Article)},
            {i.where.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, Skipped)})


def test_the_caption_is_151_characters_and_thin():
    assert len(CAPTION) == 151 and len(CAPTION.split()) < DEFAULT_PAGE_MIN_WORDS <= len(ARTICLE.split())


def test_html_caption_only_page_skipped_with_reason(tmp_path):
    (tmp_path / "caption.html").write_text(page(CAPTION), encoding="utf-8")
    (tmp_path / "story.html").write_text(page(ARTICLE), encoding="utf-8")
    articles, skipped = read(tmp_path)
    assert sorted(articles) == ["story"]
    words = len(CAPTION.split())
    assert skipped == {"caption.html": f"too thin: {words} word(s) of main text, under 40 (--min-words; 0 keeps all)"}


def test_html_from_stdin_is_a_page_too():
    [item] = list(read_unit(InputUnit("-"), Settings(), stdin=io.BytesIO(page(CAPTION).encode())))
    assert isinstance(item, Skipped) and item.reason.startswith("too thin")


def test_text_jsonl_csv_have_no_default_floor(tmp_path):
    """What a user gives as text is theirs: one sentence is an article (no default floor)."""
    (tmp_path / "one.txt").write_text("The mayor said 30 bridges were closed.", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": CAPTION}) + "\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text(f'id,text\nc1,"{CAPTION}"\n', encoding="utf-8")
    articles, skipped = read(tmp_path)
    assert skipped == {} and sorted(articles) == ["c1", "one", "r1"]


@pytest.mark.parametrize(("min_words", "kept"), [
    (0, ["c1", "caption", "one", "r1", "story"]),  # off: every page kept, the caption too
    (10, ["c1", "caption", "r1", "story"]),         # every format: the 7-word text goes
    (100, []),                                      # above every article here
])
def test_min_words_applies_to_every_format(tmp_path, min_words, kept):
    (tmp_path / "caption.html").write_text(page(CAPTION), encoding="utf-8")
    (tmp_path / "story.html").write_text(page(ARTICLE), encoding="utf-8")
    (tmp_path / "one.txt").write_text("The mayor said 30 bridges were closed.", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": CAPTION}) + "\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text(f'id,text\nc1,"{CAPTION}"\n', encoding="utf-8")
    articles, skipped = read(tmp_path, Settings(min_words=min_words))
    assert sorted(articles) == kept
    assert all(reason.startswith("too thin") for reason in skipped.values())


def test_negative_min_words_refused():
    with pytest.raises(SettingsError, match="min words must be 0"):
        Settings(min_words=-1)


def test_min_words_option(tmp_path, cli_main):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "caption.html").write_text(page(CAPTION), encoding="utf-8")
    db = str(tmp_path / "s.db")
    done = cli_main("build", str(tmp_path / "in"), "--db", db, "--no-progress")
    assert done.returncode == 3 and "too thin" in done.stderr, done.stderr
    kept = cli_main("build", str(tmp_path / "in"), "--db", db, "--no-progress", "--min-words", "0")
    assert kept.returncode == 0, kept.stderr
