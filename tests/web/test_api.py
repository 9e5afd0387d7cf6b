"""The JSON API on SQLite and PostgreSQL: every list and record agrees with the store, and
reviews are written only with the token, as JSON, from this site - and never overwrite."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from web_corpus import TESSEL_LABEL, TOKEN, build_store

from sourcebook.model import VERDICT_ORDER
from sourcebook.store import Store
from sourcebook.web import create_app


@pytest.fixture
def store(read_url):
    s = Store(read_url, create=False)
    yield s
    s.close()


@pytest.fixture
def fresh_store(built_url):
    s = Store(built_url, create=False)
    yield s
    s.close()


def client(url: str, token: str | None = TOKEN) -> TestClient:
    return TestClient(create_app(url, token=token, allowed_hosts=["testserver"]))


def test_articles_search_filters_and_pages(read_url, store):
    c = client(read_url)
    articles = store.articles()
    body = c.get("/api/articles").json()
    assert body["total"] == len(articles)
    assert {a["id"] for a in body["items"]} == {a.id for a in articles}
    # newest first
    dates = [a["published"] for a in body["items"] if a["published"]]
    assert dates == sorted(dates, reverse=True)
    # full-text search finds an article by a word only it contains
    target = next(a for a in articles if "receding" in a.text)
    found = c.get("/api/articles", params={"q": "receding"}).json()
    assert [a["id"] for a in found["items"]] == [target.id]
    assert c.get("/api/articles", params={"q": "zzqqnotaword"}).json()["total"] == 0
    # outlet and date filters
    outlet = next(a.outlet for a in articles if a.outlet)
    by_outlet = c.get("/api/articles", params={"outlet": outlet}).json()
    assert by_outlet["total"] == sum(1 for a in articles if a.outlet == outlet)
    day = sorted(a.published for a in articles if a.published)[1]
    later = c.get("/api/articles", params={"from": day}).json()
    assert later["total"] == sum(1 for a in articles if a.published and a.published >= day)
    earlier = c.get("/api/articles", params={"to": day}).json()
    assert earlier["total"] == sum(1 for a in articles if a.published and a.published <= day)
    # pagination: one per page, links keep the filters
    first = c.get("/api/articles", params={"per_page": 1}).json()
    assert first["pages"] == len(articles) and len(first["items"]) == 1 and first["prev"] is None
    second = c.get(first["next"]).json()
    assert second["page"] == 2 and second["items"][0]["id"] != first["items"][0]["id"]
    # bad parameters: a clear 422 naming the problem
    bad = c.get("/api/articles", params={"from": "April"})
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.json()["detail"]
    assert c.get("/api/articles", params={"per_page": 0}).status_code == 422


def test_article_record_matches_the_store(read_url, store):
    c = client(read_url)
    for article in store.articles():
        ext = store.extraction(article.id, article.text)
        body = c.get(f"/api/articles/{article.id}").json()
        assert body["article"]["text"] == article.text
        assert [a["id"] for a in body["attributions"]] == [f"{article.id}:{a.id}" for a in ext.attributions]
        assert [f["id"] for f in body["figures"]] == [f"{article.id}:{f.id}" for f in ext.figures]
        speaker_ids = store.speaker_ids(article.id)
        for a in body["attributions"]:
            assert a["speaker_id"] == speaker_ids.get(a["local_id"])
            for span in a["contents"]:
                assert article.text[span["start"]:span["end"]] == span["text"]
        in_measures: dict[str, set[str]] = {}
        for m in store.measures():
            for mm in m.members:
                in_measures.setdefault(mm.figure_id, set()).add(m.id)
        for f in body["figures"]:
            assert article.text[f["span"]["start"]:f["span"]["end"]] == f["written"]
            assert {m["id"] for m in f["measures"]} == in_measures.get(f["id"], set())
    assert c.get("/api/articles/0000000000000000").status_code == 404


def test_speakers_measures_and_runs(read_url, store):
    c = client(read_url)
    speakers = store.speakers()
    body = c.get("/api/speakers", params={"per_page": 200}).json()
    assert body["total"] == len(speakers)
    counts = [s["statements"] for s in body["items"]]
    assert counts == sorted(counts, reverse=True)
    by_id = {s.id: s for s in speakers}
    for item in body["items"]:
        assert item["aliases"] == list(by_id[item["id"]].aliases) and item["name"] == by_id[item["id"]].name
    top = body["items"][0]
    detail = c.get(f"/api/speakers/{top['id']}").json()
    assert detail["speaker"]["name"] == top["name"]
    assert len(detail["statements"]) == top["statements"]
    for st in detail["statements"]:
        assert store.speaker_ids(st["article_id"])[st["local_id"]] == top["id"]
    part = top["name"].split()[0]
    assert top["id"] in {s["id"] for s in c.get("/api/speakers", params={"q": part}).json()["items"]}
    assert c.get("/api/speakers", params={"q": "%"}).json()["total"] == sum("%" in s.name for s in speakers)
    assert c.get("/api/speakers/sp_nothere").status_code == 404

    measures = {m.id: m for m in store.measures()}
    assert len({m.verdict for m in measures.values()}) >= 3, "the order below needs several verdicts"
    body = c.get("/api/measures").json()
    assert body["total"] == len(measures)
    ranks = [VERDICT_ORDER.index(m["verdict"]) for m in body["items"]]
    assert ranks == sorted(ranks)
    for m in body["items"]:
        assert {v["figure_id"] for v in m["values"]} == {mm.figure_id for mm in measures[m["id"]].members}
        assert c.get(f"/api/measures/{m['id']}").json()["verdict"] == measures[m["id"]].verdict
    verdict = next(iter(measures.values())).verdict
    only = c.get("/api/measures", params={"verdict": verdict}).json()
    assert only["total"] == sum(m.verdict == verdict for m in measures.values()) >= 1
    assert c.get("/api/measures", params={"verdict": "maybe"}).status_code == 422

    runs = store.runs()
    body = c.get("/api/runs").json()
    assert body["total"] == len(runs)
    assert body["items"][0]["id"] == runs[-1].id and body["items"][0]["model"] == runs[-1].model
    assert body["stats"]["articles"] == len(store.articles())
    assert [s["where"] for s in body["items"][0]["skipped_items"]] == [s.where for _, s in store.skipped(runs[-1].id)]


def _figure_id(store: Store) -> str:
    article = next(a for a in store.articles() if store.extraction(a.id).figures)
    return f"{article.id}:{store.extraction(article.id).figures[0].id}"


def test_reviews_need_token_json_and_same_origin(built_url, fresh_store):
    store = fresh_store
    target = _figure_id(store)
    review = {"target_id": target, "status": "disputed", "note": "council figure, not confirmed", "reviewer": "ed"}
    json_headers = {"X-Sourcebook-Token": TOKEN}

    read_only = client(built_url, token=None)
    assert read_only.post("/api/reviews", json=review, headers=json_headers).status_code == 403

    c = client(built_url)
    assert c.post("/api/reviews", json=review).status_code == 401
    assert c.post("/api/reviews", json=review, headers={"X-Sourcebook-Token": TOKEN + "x"}).status_code == 401
    form = c.post("/api/reviews", data=review, headers=json_headers)
    assert form.status_code == 415
    plain = c.post("/api/reviews", content=b"{}", headers={**json_headers, "Content-Type": "text/plain"})
    assert plain.status_code == 415
    foreign = c.post("/api/reviews", json=review, headers={**json_headers, "Origin": "https://evil.example"})
    assert foreign.status_code == 403
    cross = c.post("/api/reviews", json=review, headers={**json_headers, "Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403
    assert store.count("reviews") == 0

    ok = c.post("/api/reviews", json=review, headers={**json_headers, "Origin": "http://testserver"})
    assert ok.status_code == 201, ok.text
    assert ok.json()["status"] == "disputed" and ok.json()["target_type"] == "figure"
    second = c.post("/api/reviews", json={**review, "status": "verified", "note": "confirmed by phone"},
                    headers=json_headers)
    assert second.status_code == 201
    history = c.get("/api/reviews", params={"target_id": target}).json()["items"]
    assert [r["status"] for r in history] == ["disputed", "verified"]  # kept, never overwritten
    article_id = target.split(":")[0]
    assert len(c.get(f"/api/articles/{article_id}").json()["reviews"]) == 2
    # what was extracted is untouched
    assert any(f["id"] == target for f in c.get(f"/api/articles/{article_id}").json()["figures"])

    assert c.post("/api/reviews", json={**review, "target_id": article_id + ":f999"},
                  headers=json_headers).status_code == 404
    assert c.post("/api/reviews", json={**review, "status": "fine"}, headers=json_headers).status_code == 422
    assert c.post("/api/reviews", json={**review, "extra": 1}, headers=json_headers).status_code == 422
    assert c.post("/api/reviews", json={**review, "reviewer": ""}, headers=json_headers).status_code == 422
    big = c.post("/api/reviews", json={**review, "note": "n" * 20000}, headers=json_headers)
    assert big.status_code in (413, 422)

    # reviews survive a rebuild of the same articles
    build_store(built_url)
    assert len(c.get("/api/reviews", params={"target_id": target}).json()["items"]) == 2


def test_articles_and_speakers_say_who_is_quoted(read_url, store):
    from sourcebook.reconcile.sources import SOURCE_TYPES

    c = client(read_url)
    kinds = {*SOURCE_TYPES, "unknown"}
    for article in store.articles():
        body = c.get(f"/api/articles/{article.id}").json()
        assert sum(q["statements"] for q in body["quoted"]) == len(body["attributions"])
        assert all(a["source_type"] in kinds for a in body["attributions"])
    items = c.get("/api/speakers", params={"per_page": 200}).json()["items"]
    assert items and all(s["source_type"] in kinds and s["source_type_title"] for s in items)
    # a statement's type is its speaker's, the one the speakers page and the briefing give
    type_of = {s["id"]: s["source_type"] for s in items}
    for article in store.articles():
        for a in c.get(f"/api/articles/{article.id}").json()["attributions"]:
            if a["speaker_id"] in type_of:
                assert a["source_type"] == type_of[a["speaker_id"]], a


def test_speakers_say_who_each_outlet_quotes(read_url, store):
    from sourcebook.reconcile.sources import SOURCE_TYPES

    c = client(read_url)
    expected: dict[str | None, int] = {}
    by_type: dict[str | None, dict[str, int]] = {}
    for article in store.articles():
        body = c.get(f"/api/articles/{article.id}").json()
        expected[article.outlet] = expected.get(article.outlet, 0) + len(body["attributions"])
        for q in body["quoted"]:
            counts = by_type.setdefault(article.outlet, {})
            counts[q["source_type"]] = counts.get(q["source_type"], 0) + q["statements"]
    table = c.get("/api/speakers").json()["outlets_quoted"]
    types = [t["source_type"] for t in table["types"]]
    assert set(types) <= {*SOURCE_TYPES, "unknown"} and types
    got = {o["outlet"]: o["statements"] for o in table["outlets"]}
    assert got == {k: v for k, v in expected.items() if v}
    for row in table["outlets"]:
        assert sum(q["statements"] for q in row["quoted"]) == row["statements"]
        # the same types as the articles' own tables, counted per outlet
        assert {q["source_type"]: q["statements"] for q in row["quoted"] if q["statements"]} == {
            k: v for k, v in by_type[row["outlet"]].items() if v}
    page = c.get("/speakers").text
    assert "Who is quoted, per outlet" in page
    assert all(str(escape(o["outlet"])) in page for o in table["outlets"] if o["outlet"])  # escaped as Jinja does


def test_stories_and_a_story_with_its_articles_and_measures(read_url, store):
    with client(read_url) as c:
        listing = c.get("/api/stories").json()
        assert listing["total"] == len(store.stories()) == 2
        first = listing["items"][0]  # most articles first
        assert first["label"] == TESSEL_LABEL and first["articles"] == 3 and first["measures"] == 3
        body = c.get(f"/api/stories/{first['id']}").json()
        story = next(s for s in store.stories() if s.id == first["id"])
        assert [a["id"] for a in body["articles"]] == list(story.articles)
        assert [m["label"] for m in body["uncertain"]] == ["people injured"]
        assert body["uncertain"][0]["confidence"] == 0.35 and body["uncertain"][0]["uncertain"] is True
        assert {m["label"] for m in body["measures"]} == {"residents displaced", "volunteers in the valley"}
        assert all(m["story_id"] == story.id and m["values"] for m in body["measures"] + body["uncertain"])
        article = c.get(f"/api/articles/{story.articles[0]}").json()
        assert article["story"]["id"] == story.id and article["story"]["label"] == TESSEL_LABEL
        missing = c.get("/api/stories/st_nope")
        assert missing.status_code == 404
