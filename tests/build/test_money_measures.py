"""Money is compared only between figures of one doer (issue 14: 'by or for whom'), end to end:
the doer is read from the text, stored (migration 0008) and used by the measures. Articles
written for this test."""

from __future__ import annotations

import json

from sourcebook.build import build
from sourcebook.settings import Settings
from sourcebook.store import Store

ARTICLES = {
    "a.txt": ("Harlow flood defences: council spending questioned\n\n"
              "The Harlow council spent $4 million on flood barriers along the River Lenn last year, the mayor, "
              "Ona Kessel, said on Tuesday.\nResidents of Harlow say the barriers along the Lenn failed during the "
              "March floods.\n", "Lenn Courier"),
    "b.txt": ("Audit of Harlow flood barriers\n\n"
              "The Harlow council spent $9 million on flood barriers along the River Lenn last year, according to "
              "the regional auditor, Piet Varn.\nThe audit of the Harlow barriers on the Lenn follows the March "
              "floods.\n", "Valley Post"),
    "c.txt": ("Harlow water board defends flood work\n\n"
              "The Harlow water board spent $2 million on flood barriers along the River Lenn last year, its "
              "chairman, Edda Rhee, said.\nThe board says the Lenn barriers held in most of Harlow during the March "
              "floods.\n", "Harlow Herald"),
}


def test_money_spent_by_one_doer_is_compared_and_another_doers_is_not(tmp_path, nlp):
    for name, (text, outlet) in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({"published": "2031-05-06", "outlet": outlet}))
    db = str(tmp_path / "money.db")
    build([str(tmp_path)], Settings(db=db))
    with Store(db) as store:
        money = {row.document: row for row in store.stored_figures() if row.figure.kind == "money"}
        measures = store.measures()
    assert {doc: (row.figure.value, row.figure.agent) for doc, row in money.items()} == {
        "a.txt": (4e6, "Harlow council"), "b.txt": (9e6, "Harlow council"), "c.txt": (2e6, "Harlow water board")}
    council = sorted(money[doc].article_id for doc in ("a.txt", "b.txt"))
    assert [(m.verdict, sorted(x.article_id for x in m.members)) for m in measures] == [("conflict", council)]
