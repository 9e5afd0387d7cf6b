"""Article text is untrusted: hostile articles render as inert text, every response carries
the security headers, assets come from memory, and SQL never sees user text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from web_corpus import RAW_TAGS, TOKEN

from sourcebook.web.app import json_script

SAFE_SCRIPT_SOURCES = re.compile(r"^/static/app\.js\?v=[0-9a-f]+$")


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def assert_inert(page: str) -> None:
    for raw in RAW_TAGS:
        assert raw not in page, raw
    parser = Tags()
    parser.feed(page)
    for tag, attrs in parser.tags:
        assert tag not in ("iframe", "img", "object", "embed", "base", "frame", "meta" if "http-equiv" in attrs else "")
        if tag == "form" and "action" in attrs:
            assert attrs["action"].startswith("/") and not attrs["action"].startswith("//")
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action", "formaction"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:", "vbscript:")), value
        if tag == "script":
            assert attrs.get("type") == "application/json" or SAFE_SCRIPT_SOURCES.match(attrs.get("src", "")), attrs


class Text(HTMLParser):
    """The text a reader sees (highlight spans may cut the article text anywhere)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def test_hostile_article_is_inert_text(shared_client, hostile_id):
    page = shared_client.get(f"/articles/{hostile_id}").text
    assert_inert(page)
    reader = Text()
    reader.feed(page)
    shown = "".join(reader.parts)
    assert "<script>window.__pwned = 'script'</script>" in shown  # shown as text, not run
    assert "<img src=x onerror=" in shown
    assert '<a href="javascript:' in shown
    assert "&lt;escaped&gt;" in shown  # entities in the text are shown, not decoded
    assert "x" * 20000 in page  # the long line is all there
    assert page.count("<script") == 2  # the app's script and the JSON island, nothing else
    island = page.split('<script type="application/json" id="page-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in island
    assert "<title>&lt;script&gt;" in page
    assert 'href="javascript:' not in page


def test_every_page_with_hostile_data_is_inert(shared_client, hostile_id):
    paths = ["/articles", "/speakers", "/measures", "/runs", "/docs",
             "/articles?q=%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
             "/speakers?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"]
    speakers = shared_client.get("/api/speakers", params={"per_page": 200}).json()["items"]
    paths += [f"/speakers/{s['id']}" for s in speakers]
    paths += [f"/measures/{m['id']}" for m in shared_client.get("/api/measures").json()["items"]]
    paths += ["/stories", *(f"/stories/{s['id']}" for s in shared_client.get("/api/stories").json()["items"])]
    for path in paths:
        r = shared_client.get(path)
        assert r.status_code == 200, path
        assert_inert(r.text)
    # the hostile article's figure, attribution and metadata reach the JSON API as plain strings
    body = shared_client.get(f"/api/articles/{hostile_id}").json()
    assert body["article"]["url"].startswith("javascript:")
    assert "<script>" in body["article"]["text"]


def test_security_headers_everywhere(shared_client, hostile_id):
    for path in ("/articles", f"/articles/{hostile_id}", "/api/articles", "/static/app.js", "/nope", "/docs",
                 "/openapi.json"):
        r = shared_client.get(path)
        csp = r.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]+)", csp).group(1)
        assert script_src.strip() == "'self'"
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_assets_from_memory_only(shared_client):
    js = shared_client.get("/static/app.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert shared_client.get("/static/app.css").headers["content-type"].startswith("text/css")
    again = shared_client.get("/static/app.js", headers={"If-None-Match": js.headers["etag"]})
    assert again.status_code == 304
    for path in ("/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/app.py",
                 "/static/templates/base.html", "/static/", "/templates/base.html", "/static/APP.JS"):
        r = shared_client.get(path)
        assert r.status_code == 404, path
        assert "import" not in r.text
    # no CDN: the pages and the docs load nothing from elsewhere
    for path in ("/articles", "/docs"):
        page = shared_client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', page)


def test_json_script_cannot_close_its_element():
    out = str(json_script({"x": "</script><!-- <script>alert(1)</script> & \u2028"}))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    import json

    assert json.loads(out)["x"].startswith("</script>")


def test_search_text_never_reaches_sql_as_code(shared_client):
    before = shared_client.get("/api/articles").json()["total"]
    for q in ("'; DROP TABLE articles; --", "\" OR 1=1 --", "NEAR(a b)", "*", "a AND OR NOT", "%", "_"):
        r = shared_client.get("/api/articles", params={"q": q})
        assert r.status_code == 200, q
        r = shared_client.get("/api/speakers", params={"q": q})
        assert r.status_code == 200, q
    assert shared_client.get("/api/articles").json()["total"] == before


def test_writes_refuse_cross_site_forms(shared_client):
    # what a foreign page can send without CORS preflight: a form post or text/plain
    target = shared_client.get("/api/articles").json()["items"][0]["id"] + ":f1"
    review = {"target_id": target, "status": "wrong", "reviewer": "x"}
    assert shared_client.post("/api/reviews", data=review).status_code in (401, 403, 415)
    r = shared_client.post("/api/reviews", data=review, headers={"X-Sourcebook-Token": TOKEN})
    assert r.status_code == 415
    r = shared_client.post("/api/reviews", json=review, headers={"X-Sourcebook-Token": TOKEN, "Origin": "null"})
    assert r.status_code == 403


def test_search_snippets_mark_the_words_and_escape_the_text(shared_client, hostile_id):
    """The hostile article's text around "pwned" and "council" holds tags and handlers: the
    snippet shows them as text, and the only markup in it is the <mark> around the words found."""
    body = shared_client.get("/api/articles", params={"q": "pwned council"}).json()
    hit = next(item for item in body["items"] if item["id"] == hostile_id)
    assert "<script>" in hit["snippet"]  # plain text in the JSON twin, offsets beside it
    marked = {hit["snippet"][start:end].lower() for start, end in hit["highlights"]}
    assert marked and marked <= {"pwned", "council"}
    page = shared_client.get("/articles", params={"q": "pwned council"}).text
    assert_inert(page)
    snippet = re.search(r'<p class="snippet">(.*?)</p>', page, re.S).group(1)
    assert "&lt;script&gt;" in snippet
    assert set(re.findall(r"</?([a-z]+)", snippet)) == {"mark"}
    assert re.search(r"<mark>(pwned|council)</mark>", snippet, re.I)


def test_marked_escapes_before_marking():
    from sourcebook.web.views import marked

    text = 'a <img src=x onerror="alert(1)"> b & c'
    html = str(marked(text, [(0, 1), (40, 99), (2, 6)]))
    assert html == '<mark>a</mark> <mark>&lt;img</mark> src=x onerror=&#34;alert(1)&#34;&gt; b &amp; c'


# -- hosts, origins, error responses, body limits (issue 18) -----------------------------------

def _headers_ok(response) -> None:
    assert response.headers.get("content-security-policy", "").startswith("default-src 'none'")
    assert response.headers.get("x-content-type-options") == "nosniff"


def test_unknown_host_is_refused_with_the_headers(shared_db):
    from fastapi.testclient import TestClient

    from sourcebook.web import create_app

    with TestClient(create_app(shared_db, token=TOKEN)) as local:  # default: loopback names only
        for host in ("evil.example", "attacker.test:8000", "127.0.0.1.evil.example"):
            r = local.get("/articles/", headers={"Host": host}, follow_redirects=False)
            assert r.status_code == 400, host
            assert "evil" not in r.headers.get("location", "")
            _headers_ok(r)
        assert local.get("/api/articles", headers={"Host": "localhost:8000"}).status_code == 200
        assert local.get("/api/articles", headers={"Host": "127.0.0.1"}).status_code == 200
        for ipv6 in ("[::1]:8000", "[::1]"):  # a browser's Host for http://[::1]:8000/
            assert local.get("/api/articles", headers={"Host": ipv6}).status_code == 200, ipv6
        for bad in ("[::2]:8000", "[::1", "::1]:80"):  # another address, broken brackets
            assert local.get("/api/articles", headers={"Host": bad}).status_code == 400, bad


def test_origin_is_compared_with_the_public_origin_not_the_host(shared_db):
    """A DNS-rebinding page at evil.example:8000 sends Host and Origin alike; with a stolen token
    it still cannot write, because Origin is compared with the configured origin."""
    from fastapi.testclient import TestClient

    from sourcebook.web import create_app

    app = create_app(shared_db, token=TOKEN, allowed_hosts=["testserver", "evil.example"],
                     public_origin="http://testserver")
    with TestClient(app) as c:
        target = c.get("/api/articles").json()["items"][0]["id"] + ":f1"
        review = {"target_id": target, "status": "wrong", "reviewer": "x"}
        headers = {"X-Sourcebook-Token": TOKEN, "Host": "evil.example", "Origin": "http://evil.example"}
        assert c.post("/api/reviews", json=review, headers=headers).status_code == 403
        for origin in ("http://testserver.evil.example", "https://testserver", "http://testserver:81"):
            assert c.post("/api/reviews", json=review,
                          headers={"X-Sourcebook-Token": TOKEN, "Origin": origin}).status_code == 403, origin


def test_nested_or_huge_bodies_get_a_clean_error_with_the_headers(shared_client):
    headers = {"X-Sourcebook-Token": TOKEN, "Content-Type": "application/json", "Origin": "http://testserver"}
    deep = b"[" * 50_000 + b"]" * 50_000
    for body, status in ((b'{"a":' * 20 + b"1" + b"}" * 20, 422), (deep[:16_000], 422), (deep, 413),
                         (b'{"x": "' + b"a" * 200_000 + b'"}', 413)):
        r = shared_client.post("/api/reviews", content=body, headers=headers)
        assert r.status_code == status, (len(body), r.status_code)
        assert r.headers["content-type"].startswith("application/json")
        _headers_ok(r)


def test_an_unexpected_error_is_a_500_with_the_headers(shared_db, monkeypatch):
    from fastapi.testclient import TestClient

    from sourcebook.web import api, create_app

    def broken(*args, **kwargs):
        raise RuntimeError("secret article text")

    monkeypatch.setattr(api.data, "runs_data", broken)
    with TestClient(create_app(shared_db, allowed_hosts=["testserver"]), raise_server_exceptions=False) as c:
        r = c.get("/api/runs")
    assert r.status_code == 500 and "secret" not in r.text
    _headers_ok(r)


def test_json_depth_skips_brackets_in_strings():
    from sourcebook.web.api import json_depth

    assert json_depth(b'{"a": "[[[[{{{{\\"[[["}') == 1
    assert json_depth(b'[[{"a": [1]}]]') == 4
