"""The HTML pages on SQLite and PostgreSQL: each shows what its JSON twin holds, links every
value to its sentence, and escapes whatever came from an article."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from web_corpus import TESSEL_LABEL, TOKEN

from sourcebook.model import VERDICT_ORDER
from sourcebook.store import Store
from sourcebook.web import create_app


@pytest.fixture
def pages(read_url):
    store = Store(read_url, create=False)
    with TestClient(create_app(read_url, token=TOKEN, allowed_hosts=["testserver"])) as c:
        yield c, store
    store.close()


def test_every_page_renders_with_its_twin(pages):
    c, store = pages
    for path in ("/articles", "/stories", "/speakers", "/measures", "/runs", "/docs",
                 *(f"/stories/{story.id}" for story in store.stories())):
        r = c.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        if path != "/docs":
            twin = re.search(r'<a class="twin" href="([^"]+)"', r.text).group(1)
            assert c.get(html.unescape(twin)).status_code == 200
    assert c.get("/", follow_redirects=False).headers["location"] == "/articles"
    listing = c.get("/articles").text
    for article in store.articles():
        assert f'href="/articles/{article.id}"' in listing
        assert str(escape(article.title or article.stem)) in listing


def test_article_page_highlights_every_record(pages):
    c, store = pages
    for article in store.articles():
        page = c.get(f"/articles/{article.id}").text
        ext = store.extraction(article.id, article.text)
        for att in ext.attributions:
            assert f'id="hl-{att.id}"' in page and f'id="rec-{att.id}"' in page
        for fig in ext.figures:
            assert re.search(rf'<mark class="hl fig[^"]*" data-ref="{fig.id}" id="hl-{fig.id}"', page)
        names = {s.id: s.name for s in store.speakers()}
        for sid in store.speaker_ids(article.id).values():
            assert f'href="/speakers/{sid}"' in page
            assert str(escape(names[sid])) in page
        # one colour per speaker: the same speaker never gets two colours
        colours: dict[str, set[str]] = {}
        for local, sid in store.speaker_ids(article.id).items():
            m = re.search(rf'class="hl att \w+ (c\d)" data-ref="{local}"', page)
            colours.setdefault(sid, set()).add(m.group(1))
        assert all(len(v) == 1 for v in colours.values())


def test_speaker_and_measure_pages_link_to_sentences(pages):
    c, store = pages
    speaker = max(store.speakers(), key=lambda s: sum(s.id in store.speaker_ids(a.id).values() for a in store.articles()))
    page = c.get(f"/speakers/{speaker.id}").text
    assert str(escape(speaker.name)) in page
    for article in store.articles():
        for local, sid in store.speaker_ids(article.id).items():
            if sid == speaker.id:
                assert f'href="/articles/{article.id}#hl-{local}"' in page
    measures = store.measures()
    assert measures, "the test store has measures to show"
    listing = c.get("/measures").text
    for m in measures:
        assert f'id="m-{m.id}"' in listing
        section = listing.split(f'id="m-{m.id}"', 1)[1].split("</section>", 1)[0]
        assert "<svg" in section
        for mm in m.members:
            local = mm.figure_id.split(":")[1]
            assert f'href="/articles/{mm.article_id}#hl-{local}"' in section
        assert c.get(f"/measures/{m.id}").status_code == 200
    positions = [listing.index(f'id="m-{m.id}"') for m in sorted(measures, key=lambda m: VERDICT_ORDER.index(m.verdict))]
    order = sorted(measures, key=lambda m: listing.index(f'id="m-{m.id}"'))
    ranks = [VERDICT_ORDER.index(m.verdict) for m in order]
    assert ranks == sorted(ranks) and len(positions) == len(measures)


def test_runs_page_and_errors(pages):
    c, store = pages
    page = c.get("/runs").text
    run = store.runs()[-1]
    assert f"Run {run.id}" in page and str(escape(run.model or "?")) in page
    for _, skipped in store.skipped(run.id):  # what was skipped, and why
        assert str(escape(skipped.where)) in page and str(escape(skipped.reason)) in page
    assert store.skipped(run.id), "the test corpus has an input the build skips"
    assert c.get("/articles/ffffffffffffffff").status_code == 404
    bad = c.get("/articles", params={"from": "yesterday"})
    assert bad.status_code == 422 and "text/html" in bad.headers["content-type"]
    assert c.get("/articles", params={"page": 0}).status_code == 422
    one = c.get("/articles", params={"per_page": 1}).text
    assert 'rel="next"' in one


def test_story_page_lists_its_articles_in_time_order_and_less_certain_verdicts_apart(pages):
    c, store = pages
    story = next(s for s in store.stories() if s.label == TESSEL_LABEL)
    listing = c.get("/stories").text
    assert f'href="/stories/{story.id}"' in listing and str(escape(story.label)) in listing
    page = c.get(f"/stories/{story.id}").text
    positions = [page.index(f'href="/articles/{article_id}"') for article_id in story.articles]
    assert positions == sorted(positions) and len(story.articles) == 3
    sure, apart = page.split("Less certain verdicts", 1)
    measures = {m.label: m for m in store.measures()}
    assert f'id="m-{measures["people injured"].id}"' in apart  # confidence 0.35
    assert f'id="m-{measures["people injured"].id}"' not in sure
    for label in ("residents displaced", "volunteers in the valley"):  # 0.8, and no confidence
        assert f'id="m-{measures[label].id}"' in sure
    assert "Confidence 0.35: less certain" in apart
    measure_page = c.get(f"/measures/{measures['people injured'].id}").text  # a measure names its story
    assert f'In the story <a href="/stories/{story.id}">{escape(story.label)}</a>' in measure_page
    assert "In the story" not in page  # not on the story's own page
    article = c.get(f"/articles/{story.articles[0]}").text
    assert f'Story: <a href="/stories/{story.id}">{escape(story.label)}</a>' in article
    assert c.get("/stories/st_nope").status_code == 404
