"""The figure record panel of an article page names the earlier level a figure changed from
("rose to 52, up from 40": a link to the 40's record) and whether the figure is a rise or a fall."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from web_corpus import TOKEN, BuildInfo, Text, figure

from sourcebook.model import Article, Extraction, Origin
from sourcebook.store import Store
from sourcebook.web import create_app

CLINIC = Text("Admissions at the Marlow clinic rose to 52 on Friday, up from 40 a week earlier.\n")


def _record(page: str, local_id: str) -> str:
    found = re.search(rf'<section class="record" id="rec-{local_id}".*?</section>', page, re.DOTALL)
    assert found is not None, local_id
    return found.group()


def test_record_links_the_earlier_value(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    level = figure(CLINIC, "f1", "52", 52, unit="admissions", predicate="rose", change="up", previous="f2")
    earlier = figure(CLINIC, "f2", "40", 40, unit="admissions")
    article = Article(id="a" * 16, text=CLINIC.text, stem="clinic", title="Clinic admissions", outlet="Marlow Post",
                      url=None, published="2031-05-02", origin=Origin("news/clinic.txt"))
    store = Store(url, create=True)
    try:
        run = store.begin_run("pytest figure panel", ["news"], BuildInfo())
        store.add_articles([(article, Extraction(sentences=CLINIC.sentences(), figures=(level, earlier)))], run)
        store.finish_run(run, "complete", 1, 0, 0, store.stats())
    finally:
        store.close()
    with TestClient(create_app(url, token=TOKEN, allowed_hosts=["testserver"])) as client:
        page = client.get(f"/articles/{article.id}").text
        body = client.get(f"/api/articles/{article.id}").json()
    reached = _record(page, "f1")
    assert '<dt>Up from</dt><dd class="previous"><a href="#hl-f2" data-select="f2">40</a>' in reached
    assert '<dd class="change">a rise: the level reached</dd>' in reached
    alone = _record(page, "f2")
    assert 'class="previous"' not in alone and 'class="change"' not in alone
    # the link leads to a highlighted figure of the text, and the JSON twin names the same one
    assert re.search(r'<mark class="hl fig[^"]*" data-ref="f2" id="hl-f2"', page)
    assert {f["local_id"]: f["previous"] for f in body["figures"]} == {"f1": "f2", "f2": None}
