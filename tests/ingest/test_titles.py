"""A plain-text article's title from its first line: (text, expected title) tables, with the
lines that must not become titles; the text itself is never changed."""

from __future__ import annotations

import io
import json

import pytest

from sourcebook.ingest import InputUnit, iter_inputs, read_unit
from sourcebook.ingest.titles import headline
from sourcebook.model import Article
from sourcebook.settings import Metadata, Settings

BODY = "The Kessling dam gave way before dawn on Tuesday, the regional agency said."

HEADLINES = [
    (f"Dam breach floods Lower Tessel valley, thousands flee\n\n{BODY}", "Dam breach floods Lower Tessel valley, thousands flee"),
    (f"Kessling dam collapse: death toll rises to 19\n{BODY}", "Kessling dam collapse: death toll rises to 19"),
    (f"\n\n  Tessel flood bulletin  \n\n{BODY}", "Tessel flood bulletin"),
    (f"\ufeffA week after the flood, Orlen counts its losses\n\n{BODY}", "A week after the flood, Orlen counts its losses"),
    (f"Will the dam hold?\n\n{BODY}", "Will the dam hold?"),
    (f'Minister: "We will rebuild every house."\n\n{BODY}', 'Minister: "We will rebuild every house."'),
    (f"US economy grows 3% in the third quarter\r\n\r\n{BODY}", "US economy grows 3% in the third quarter"),
    ("Flood: 19 dead\n\n\u201cWe lost everything,\u201d she said.", "Flood: 19 dead"),
]

NOT_HEADLINES = [
    (f'Brask, once a quiet harbour town, is now "a field of mud."\n\n{BODY}', "a sentence ending in a quotation"),
    (BODY, "one line: nothing below it"),
    ("Tessel flood bulletin\n\n\n", "nothing below it but blank lines"),
    (f"{BODY}\n\nThousands fled.", "a sentence: ends with a period"),
    (f"By Jane Doe\n\n{BODY}", "a byline"),
    (f"by Staff Reporter\n\n{BODY}", "a byline in lower case"),
    (f"WASHINGTON (Reuters) - Officials said\n\n{BODY}", "a dateline"),
    (f"LONDON, March 3\n\n{BODY}", "a dateline with a date"),
    (f"Tuesday, 4 March 2031\n\n{BODY}", "a date"),
    (f"March 4, 2031\n\n{BODY}", "a date, US order"),
    (f"2031-03-04\n\n{BODY}", "an ISO date"),
    (f"Updated 4 March 2031 10:00\n\n{BODY}", "an update stamp"),
    (f"Flood\n\n{BODY}", "one word"),
    ("The Kessling dam on the Tessel river gave way before dawn on Tuesday, sending a wall\n"
     "of water through three villages in the valley.", "a wrapped sentence"),
    ("Rescue teams searched the villages on Tuesday and\nWednesday for survivors", "a line cut mid-sentence"),
    ("The latest figures from the agency show that more than four thousand residents of the valley "
     f"have fled their homes since Tuesday\n\n{BODY}", "too long for a headline"),
    (f"Syrian forces walk through the old city of Aleppo after they captured the area (Getty Images)\n{BODY}", "a photo caption"),
    (f"Officials said the toll would rise, and that\n\n{BODY}", "ends with a word that leads on"),
    (f"The figures, according to the agency:\n\n{BODY}", "ends with a colon"),
    (f"https://example.org/tessel/flood\n\n{BODY}", "a URL"),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline(text, expected):
    assert headline(text) == expected


@pytest.mark.parametrize(("text", "why"), NOT_HEADLINES)
def test_not_a_headline(text, why):
    assert headline(text) is None, why


def test_title_from_first_line_text_unchanged(tmp_path):
    text = f"Dam breach floods Lower Tessel valley\n\n{BODY}\n"
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    [article] = list(iter_inputs([str(tmp_path)], Settings()))
    assert isinstance(article, Article)
    assert article.title == "Dam breach floods Lower Tessel valley"
    assert article.text == text  # offsets do not move


def test_metadata_title_wins_over_first_line(tmp_path):
    (tmp_path / "story.txt").write_text(f"Dam breach floods valley\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"title": "From the sidecar"}), encoding="utf-8")
    [article] = list(iter_inputs([str(tmp_path)], Settings()))
    assert isinstance(article, Article) and article.title == "From the sidecar"
    [flagged] = list(iter_inputs([str(tmp_path / "story.txt")], Settings(metadata=Metadata(title="From a flag"))))
    assert isinstance(flagged, Article) and flagged.title == "From a flag"


def test_no_headline_no_title(tmp_path):
    (tmp_path / "story.txt").write_text(f"{BODY}\n\nThousands fled.\n", encoding="utf-8")
    [article] = list(iter_inputs([str(tmp_path)], Settings()))
    assert isinstance(article, Article) and article.title is None


def test_title_from_stdin_text():
    stdin = io.BytesIO(f"Dam breach floods valley\n\n{BODY}\n".encode())
    [article] = list(read_unit(InputUnit("-"), Settings(), stdin=stdin))
    assert isinstance(article, Article) and article.title == "Dam breach floods valley"


def test_jsonl_row_text_gets_no_headline_title(tmp_path):
    """Rows name their title in a field; their first line is not guessed at."""
    (tmp_path / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": f"Dam breach floods valley\n\n{BODY}"}) + "\n")
    [article] = list(iter_inputs([str(tmp_path)], Settings()))
    assert isinstance(article, Article) and article.title is None
