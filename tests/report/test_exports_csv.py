"""CSV export: one row per attribution and figure with flat cells (contents as text, offsets as
numbers, the speaker's store-wide id and name), in natural id order (a2 before a10). Built from
hand-written records, no model."""

from __future__ import annotations

import csv
import hashlib
import json

from sourcebook.model import Article, Attribution, Extraction, Figure, Origin, Span, Speaker
from sourcebook.report.exports import export
from sourcebook.store import Store

#: eleven short statements by one speaker, the first one a quote broken by its cue
TEXT = ('"The bridge will open," the engineer said, "by spring." '
        + " ".join(f"The engineer said test {n} passed." for n in range(2, 12))
        + " The engineer said 40 trucks crossed it.")


def span(words: str, after: int = 0) -> Span:
    start = TEXT.index(words, after)
    return Span(start, start + len(words), words)


def records() -> tuple[Article, Extraction, dict[str, Speaker]]:
    first = Attribution("a1", "direct", span("the engineer"), span("said"),
                        (span("The bridge will open,"), span("by spring.")), speaker="the engineer",
                        speaker_kind="person", confidence=0.9)
    others = []
    for n in range(2, 12):
        at = TEXT.index(f"test {n} passed")
        sentence = TEXT.rindex("The engineer", 0, at)
        others.append(Attribution(f"a{n}", "indirect", span("The engineer", sentence), span("said", sentence),
                                  (span(f"test {n} passed", sentence),), speaker="the engineer",
                                  speaker_kind="person", confidence=0.8))
    trucks = span("40")
    figure = Figure("f1", trucks, 40, 40, 40, "exact", unit="trucks", predicate="crossed", according_to="The engineer")
    article = Article(id=hashlib.sha256(TEXT.encode()).hexdigest()[:16], text=TEXT, stem="bridge",
                      title="Bridge", outlet=None, url=None, published="2031-02-03", origin=Origin("/in/bridge.txt"))
    speaker = Speaker("sp_engineer", "Engineer Ada Lind", "person", None, ())
    by_attribution = {f"{article.id}:{a.id}": speaker for a in (first, *others)}
    return article, Extraction(attributions=(first, *others), figures=(figure,)), by_attribution


def test_csv_rows_are_flat_and_in_natural_order(tmp_path):
    article, extraction, speakers = records()
    db = str(tmp_path / "store.db")
    store = Store(db, create=True)
    try:
        store.add_articles([(article, extraction)])
        store.replace_reconciliation(speakers, [])
        export(store, "csv", tmp_path / "csv")
    finally:
        store.close()
    with (tmp_path / "csv" / "attributions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["local_id"] for r in rows] == [f"a{n}" for n in range(1, 12)]
    first = rows[0]
    assert first["contents"] == "The bridge will open, ... by spring."
    assert TEXT[int(first["content_start"]):int(first["content_end"])] == 'The bridge will open," the engineer said, "by spring.'
    assert first["content_parts"] == "2"
    assert int(first["source_start"]) == TEXT.index("the engineer")
    assert first["speaker_id"] == "sp_engineer" and first["speaker_name"] == "Engineer Ada Lind"
    assert not any(cell.startswith(("[", "{")) for row in rows for cell in row.values() if cell)  # no JSON in a cell
    with (tmp_path / "csv" / "figures.csv").open(encoding="utf-8", newline="") as handle:
        figures = list(csv.DictReader(handle))
    assert [(f["text"], f["value"], f["unit"]) for f in figures] == [("40", "40.0", "trucks")]
    # the other tables as before: articles.csv has the table's own columns
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle))[:3] == ["id", "stem", "title"]


def test_json_tables_keep_contents_as_stored_and_natural_order(tmp_path):
    article, extraction, speakers = records()
    db = str(tmp_path / "store.db")
    with Store(db, create=True) as store:
        store.add_articles([(article, extraction)])
        store.replace_reconciliation(speakers, [])
        export(store, "json", tmp_path / "json")
    rows = json.loads((tmp_path / "json" / "attributions.json").read_text(encoding="utf-8"))
    assert [r["local_id"] for r in rows][:3] == ["a1", "a2", "a3"] and rows[-1]["local_id"] == "a11"
    assert json.loads(rows[0]["contents"])[1]["text"] == "by spring."
