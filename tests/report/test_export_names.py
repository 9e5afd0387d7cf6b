"""Export file names: a hostile stem (a path, a reserved name, invalid UTF-8, a collision) never
leaves ``--out`` nor overwrites another file; plain stems stay; ``index.json`` maps every article."""

from __future__ import annotations

import hashlib
import json

import pytest

from sourcebook.model import Article, Extraction, Origin
from sourcebook.report.exports import export
from sourcebook.report.filenames import FileNames, is_plain_stem
from sourcebook.store import Store

HOSTILE = ["../../escaped", "/abs/path", "a/b", "measures", "Speakers", "index", "stories", ".", "..",
           ".hidden", "bad\udcffname", "nul\x00byte", "back\\slash", "x" * 500, "", "plain", "plain", "PLAIN"]


@pytest.mark.parametrize(("stem", "plain"), [("000_bbc", True), ("rapport été", True), ("a/b", False),
                                             ("../x", False), ("measures", False), ("bad\udcff", False)])
def test_plain_stems(stem, plain):
    assert is_plain_stem(stem) is plain


def test_names_are_deterministic_unique_and_never_paths():
    names = FileNames()
    given = [names.stem(stem, f"{n:02d}" + "ab" * 8) for n, stem in enumerate(HOSTILE)]
    again = FileNames()
    assert given == [again.stem(stem, f"{n:02d}" + "ab" * 8) for n, stem in enumerate(HOSTILE)]
    assert len({g.casefold() for g in given}) == len(given)
    for name in given:
        assert is_plain_stem(name) or name.startswith("x")  # the long one is cut, then suffixed
        assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert given[HOSTILE.index("plain")] == "plain"  # the first keeps its name


#: what a store can hold: ingest turns a file name that is not UTF-8 into its escaped form
STORED = [stem for stem in HOSTILE if "\udcff" not in stem]


@pytest.mark.parametrize("fmt", ["ledger", "citron"])
def test_hostile_ids_stay_inside_out(tmp_path, fmt):
    store = Store(str(tmp_path / "store.db"), create=True)
    try:
        ids = [hashlib.sha256(str(n).encode()).hexdigest()[:16] for n in range(len(STORED))]
        articles = [(Article(id=ids[n], text=f"Article number {n}.", stem=stem, origin=Origin("<stdin>", n + 1)),
                     Extraction()) for n, stem in enumerate(STORED)]
        store.add_articles(articles)
        out = tmp_path / "deep" / "out"
        export(store, fmt, out)
    finally:
        store.close()
    outside = {p for p in tmp_path.rglob("*") if p.is_file() and out not in p.parents and p.name != "store.db"}
    assert not {p for p in outside if not p.name.startswith("store.db")}
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert len(index) == len(STORED)
    files = {entry["file"] for entry in index}
    assert len(files) == len(STORED) and all((out / f).is_file() for f in files)
    by_stem = {e["stem"]: e["file"] for e in index}
    assert "PLAIN.json" in files and by_stem["../../escaped"].startswith("_.._escaped-")
    if fmt == "ledger":
        assert isinstance(json.loads((out / "measures.json").read_text()), list)
        assert isinstance(json.loads((out / "speakers.json").read_text()), list)
