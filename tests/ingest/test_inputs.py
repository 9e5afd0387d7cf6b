"""``list_inputs``: the input units of a build in a stable order, shared by both engines."""

from __future__ import annotations

import io

from sourcebook.ingest import InputUnit, list_inputs, read_unit
from sourcebook.model import Article, Skipped
from sourcebook.settings import Settings


def test_directories_are_walked_once_in_order_without_hidden_files_and_sidecars(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "b/2.json", "1.html", "notes.md", ".hidden/x.txt", "b/rows.jsonl"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    lone = tmp_path / "lone.txt"
    units = list_inputs([str(tmp_path / "b"), "-", str(tmp_path / "missing.txt"), str(lone)])
    assert units == [
        InputUnit(str(tmp_path / "b" / "2.txt"), explicit=False),
        InputUnit(str(tmp_path / "b" / "rows.jsonl"), explicit=False),
        InputUnit("-"),
        Skipped(str(tmp_path / "missing.txt"), "no such file or directory"),
        Skipped(str(lone), "no such file or directory"),
    ]
    everything = [u.path for u in list_inputs([str(tmp_path)]) if isinstance(u, InputUnit)]
    assert everything == [str(tmp_path / p) for p in ("1.html", "b/2.txt", "b/rows.jsonl", "notes.md")]


def test_read_unit_reads_standard_input_from_the_given_stream():
    [article] = read_unit(InputUnit("-"), Settings(), stdin=io.BytesIO(b"The council said 30 bridges need repair."))
    assert isinstance(article, Article) and article.origin.path == "<stdin>"
