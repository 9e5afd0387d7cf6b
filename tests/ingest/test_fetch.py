"""Fetching URLs: pages, redirects, errors, limits, retries, politeness, feeds, stored URLs -
against a local web site on 127.0.0.1 (``web_server.py``); no outside network."""

from __future__ import annotations

import pytest
from web_server import Route, Site, gazette, serve

from sourcebook._version import __version__
from sourcebook.ingest import InputUnit, list_inputs, read_unit
from sourcebook.ingest.fetch import Fetcher, Page, is_url, url_problem
from sourcebook.ingest.urls import WebInputs, feed_links, private_host, read_page, url_stem
from sourcebook.model import Article, Skipped
from sourcebook.settings import Settings

SETTINGS = Settings(max_bytes=100_000, fetch_delay=0, fetch_timeout=0.5)
# the timeout of the tests that are not about timeouts: far above what the local server takes to answer,
# even on a loaded machine (a 1 s timeout failed a feed test once under a parallel run on 2 shared cores)
LOCAL = 10


@pytest.fixture(scope="module")
def site():
    with serve(Site()) as running:
        yield gazette(running)


@pytest.fixture
def fetcher():
    with Fetcher(SETTINGS.max_bytes, timeout=SETTINGS.fetch_timeout, delay=0, retries=2) as f:
        yield f


def fetched(fetcher: Fetcher, site: Site, path: str) -> Page:
    page = fetcher.fetch(site.url(path))
    assert isinstance(page, Page), page
    return page


def failure(fetcher: Fetcher, site: Site, path: str) -> str:
    result = fetcher.fetch(site.url(path))
    assert isinstance(result, Skipped), result
    assert result.where == site.url(path)
    return result.reason


@pytest.mark.parametrize(("raw", "url"), [
    ("https://example.org/a", True), ("http://x", True), ("file:///etc/passwd", True), ("ftp://h/f", True),
    ("examples/a.txt", False), ("-", False), ("C:\\news\\a.txt", False), ("not a url://x", False),
])
def test_is_url(raw, url):
    assert is_url(raw) is url


@pytest.mark.parametrize(("url", "problem"), [
    ("https://example.org/a", None),
    ("http://127.0.0.1:8000/x", None),
    ("file:///etc/passwd", "only http:// and https:// URLs are fetched, not file://; give a local file by its path"),
    ("ftp://example.org/f", "not ftp://"),
    ("javascript://alert(1)", "not javascript://"),
    ("https:///nohost", "no host name"),
])
def test_only_http_and_https_are_fetched(url, problem):
    found = url_problem(url)
    assert (found is None) if problem is None else (problem in found)


def test_a_page_is_fetched_with_a_user_agent_naming_sourcebook(fetcher, site):
    page = fetched(fetcher, site, "/library")
    assert (page.kind, page.final) == ("html", site.url("/library"))
    agent = [ua for path, ua in site.log if path == "/library"][-1]
    assert agent.startswith(f"Sourcebook/{__version__} ")


def test_a_redirect_ends_at_the_final_url_which_the_article_keeps(fetcher, site):
    page = fetched(fetcher, site, "/old-ferry")
    assert page.requested == site.url("/old-ferry")
    assert page.final == site.url("/2025/05/12/ferry.html")
    [article] = read_page(page, SETTINGS)
    assert isinstance(article, Article)
    assert article.url == page.final  # not the page's canonical link
    assert (article.origin.path, article.origin.url) == (page.requested, page.final)
    assert article.title == "Ferry service to Marlow Island resumes"
    assert (article.published, article.published_source) == ("2025-05-12", "url")  # markup agrees with the URL
    assert article.stem == "ferry"


def test_the_date_in_a_fetched_pages_markup_dates_it(fetcher, site):
    [article] = read_page(fetched(fetcher, site, "/market"), SETTINGS)
    assert isinstance(article, Article)
    assert (article.published, article.published_source) == ("2025-04-30", "metadata")


def test_the_date_in_a_fetched_url_dates_a_page_without_one(fetcher, site):
    site.routes["/2025/06/02/library.html"] = site.routes["/library"]
    [article] = read_page(fetched(fetcher, site, "/2025/06/02/library.html"), SETTINGS)
    assert isinstance(article, Article)
    assert (article.published, article.published_source) == ("2025-06-02", "url")


def test_plain_text_is_read_as_a_text_file(fetcher, site):
    [article] = read_page(fetched(fetcher, site, "/cycle-lanes.txt"), SETTINGS)
    assert isinstance(article, Article)
    assert article.title == "Council approves new cycle lanes"
    assert article.url == site.url("/cycle-lanes.txt")


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing", "HTTP 404"),
    ("/gone", "HTTP 410"),
    ("/loop", "more than 5 redirects"),
    ("/to-file", "not http(s)"),
    ("/slow", "timed out after 0.5s"),
    ("/report.pdf", "not a web page or feed (content type application/pdf)"),
    ("/huge", "too large: 240,"),
    ("/huge-unsized", "too large: over the limit of 100,000 bytes (--max-bytes)"),
    ("/limited", "HTTP 429"),
    ("/drip", "too slow: not received in 0.5s"),
    ("/bomb", "too large: over the limit of 100,000 bytes"),  # counted after decompression
])
def test_each_failure_is_named_with_its_reason(fetcher, site, path, reason):
    assert reason in failure(fetcher, site, path)


def test_a_passing_failure_is_retried_with_backoff_then_read(site):
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    with Fetcher(100_000, timeout=2, delay=0.25, retries=2, sleep=sleep, clock=lambda: now[0]) as fetcher:
        before = site.hits("/busy")
        page = fetched(fetcher, site, "/busy")
    assert page.kind == "html"
    assert site.hits("/busy") - before == 3  # two 503s, then 200
    assert waits == [0.5, 1.0]  # twice, then four times the host delay


def test_retries_are_bounded(fetcher, site):
    before = site.hits("/limited")
    reason = failure(fetcher, site, "/limited")
    assert site.hits("/limited") - before == 3
    assert "after 3 tries" in reason


@pytest.mark.parametrize("url", ["http://exa mple.example/", "http://127.0.0.1:99999/", "http://[::1/"])
def test_a_malformed_url_is_a_skipped_url_never_an_exception(url):
    with Fetcher(1000, timeout=LOCAL, delay=0, retries=0) as fetcher:
        result = fetcher.fetch(url)
    assert isinstance(result, Skipped) and result.where == url


def test_a_broken_gzip_body_is_a_skipped_url(fetcher, site):
    site.routes["/bad-gzip"] = Route(b"not gzip at all", headers={"Content-Encoding": "gzip"})
    assert "DecodingError" in failure(fetcher, site, "/bad-gzip")


def test_a_connection_refused_is_a_skipped_url():
    with Fetcher(1000, timeout=LOCAL, delay=0, retries=1) as fetcher:
        result = fetcher.fetch("http://127.0.0.1:9/nothing-listens-here")
    assert isinstance(result, Skipped)
    assert "connection error" in result.reason and "after 2 tries" in result.reason


def test_requests_to_one_host_are_spaced_by_the_delay(site):
    now = [100.0]
    waits: list[float] = []
    with Fetcher(100_000, timeout=2, delay=1.0, sleep=waits.append, clock=lambda: now[0]) as fetcher:
        fetched(fetcher, site, "/library")
        now[0] += 0.25
        fetched(fetcher, site, "/market")
    assert waits == [0.75]


def test_a_feed_stands_for_the_pages_it_links_to(site):
    with Fetcher(100_000, timeout=LOCAL, delay=0) as fetcher:
        web = WebInputs(fetcher)
        rss = list(web.expand(site.url("/feed.rss")))
        atom = list(web.expand(site.url("/feed.atom")))
    assert [p.final for p in rss if isinstance(p, Page)] == [site.url("/library"), site.url("/market")]
    [missing] = [s for s in rss if isinstance(s, Skipped)]
    assert (missing.where, missing.reason) == (site.url("/missing-story"), "fetch failed: HTTP 404 Not Found")
    assert [p.final for p in atom] == [site.url("/2025/05/12/ferry.html"), site.url("/cycle-lanes.txt")]  # type: ignore[union-attr]


def test_a_feed_served_as_html_is_a_feed_and_xhtml_served_as_xml_a_page(site):
    with Fetcher(100_000, timeout=LOCAL, delay=0) as fetcher:
        assert [p.final for p in WebInputs(fetcher).expand(site.url("/feed-as-html"))] == [site.url("/market")]  # type: ignore[union-attr]
        [page] = WebInputs(fetcher).expand(site.url("/xhtml-as-xml"))
    assert isinstance(page, Page) and page.kind == "html"
    [article] = read_page(page, SETTINGS)
    assert isinstance(article, Article) and article.title == "Fish market moves to the old warehouse"


@pytest.mark.parametrize(("path", "reason"), [
    ("/not-a-feed.xml", "XML that is not an RSS or Atom feed"),
    ("/feed-of-feeds.xml", "is itself a feed: not followed"),
])
def test_feeds_that_give_no_pages(site, path, reason):
    with Fetcher(100_000, timeout=LOCAL, delay=0) as fetcher:
        [result] = list(WebInputs(fetcher).expand(site.url(path)))
    assert isinstance(result, Skipped) and reason in result.reason


def test_a_public_feed_cannot_point_into_the_private_network():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><link>http://192.168.1.1/admin</link></item><item><link>http://127.0.0.1:9/x</link></item>"
            b"<item><link>file:///etc/passwd</link></item></channel></rss>")

    class PublicFeed(Fetcher):
        def fetch(self, url):
            assert url == "http://93.184.216.34/feed", f"fetched {url}"
            return Page(url, url, "feed", feed)

    with PublicFeed(1000, delay=0) as fetcher:
        results = list(WebInputs(fetcher).expand("http://93.184.216.34/feed"))
    reasons = [r.reason for r in results if isinstance(r, Skipped)]
    assert len(results) == len(reasons) == 3
    assert all("private or local address" in r for r in reasons[:2])
    assert "only http:// and https://" in reasons[2]


@pytest.mark.parametrize(("url", "private"), [
    ("http://127.0.0.1:8000/", True), ("http://10.1.2.3/", True), ("http://[::1]/", True),
    ("http://169.254.169.254/latest/", True), ("http://localhost/", True), ("http://93.184.216.34/", False),
])
def test_private_hosts(url, private):
    assert private_host(url) is private


def test_feed_links_are_made_absolute_and_kept_once():
    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><link>/a</link></item><item><link>/a</link></item><item><link>https://other.example/b</link></item>"
            b"</channel></rss>")
    links, problem = feed_links(Page("http://h.example/feed", "http://h.example/feed", "feed", data))
    assert (links, problem) == (["http://h.example/a", "https://other.example/b"], None)


def test_stored_urls_are_not_fetched_again_unless_refreshed(site):
    stored = {site.url("/library")}
    with Fetcher(100_000, timeout=LOCAL, delay=0) as fetcher:
        before = len(site.log)
        web = WebInputs(fetcher, stored=lambda urls: stored & set(urls))
        pages = list(web.expand(site.url("/feed.rss")))
        assert site.url("/library") not in [p.requested for p in pages if isinstance(p, Page)]
        assert web.already_stored == 1
        assert [path for path, _ in site.log[before:]] == ["/feed.rss", "/market", "/missing-story"]
        again = WebInputs(fetcher, stored=lambda urls: stored & set(urls), refresh=True)
        assert [p.kind for p in again.expand(site.url("/library"))] == ["html"]  # type: ignore[union-attr]


def test_one_url_is_fetched_once_per_build(site):
    with Fetcher(100_000, timeout=LOCAL, delay=0) as fetcher:
        web = WebInputs(fetcher)
        before = site.hits("/market")
        units = list_inputs([site.url("/market"), site.url("/market"), site.url("/feed.rss")], web=web)
    assert site.hits("/market") - before == 1
    assert [u.path for u in units if isinstance(u, InputUnit)] == [site.url("/market"), site.url("/library")]


def test_list_inputs_then_read_unit_gives_articles_and_named_failures(site, tmp_path):
    local = tmp_path / "local.txt"
    local.write_text("A short local note about the harbour.", encoding="utf-8")
    with Fetcher(100_000, timeout=LOCAL, delay=0) as fetcher:
        units = list_inputs([str(local), site.url("/old-ferry"), site.url("/thin"), site.url("/report.pdf")],
                            web=WebInputs(fetcher))
    items = [item for unit in units for item in ([unit] if isinstance(unit, Skipped) else read_unit(unit, SETTINGS))]
    articles = [i for i in items if isinstance(i, Article)]
    skipped = {i.where: i.reason for i in items if isinstance(i, Skipped)}
    assert [a.url for a in articles] == [None, site.url("/2025/05/12/ferry.html")]
    assert skipped[site.url("/thin")].startswith("too thin")
    assert "application/pdf" in skipped[site.url("/report.pdf")]


def test_a_fetcher_bug_ends_that_url_only(site, monkeypatch):
    with Fetcher(100_000, timeout=LOCAL, delay=0) as fetcher:
        web = WebInputs(fetcher)
        monkeypatch.setattr("sourcebook.ingest.urls.feed_links", None)  # calling it raises TypeError
        units = list_inputs([site.url("/feed.rss"), site.url("/market")], web=web)
    assert isinstance(units[0], Skipped) and units[0].reason == "feed could not be parsed: TypeError"
    assert isinstance(units[1], InputUnit)
    monkeypatch.setattr(WebInputs, "expand", lambda self, url: iter([1 / 0]))
    [unit] = list_inputs([site.url("/market")], web=web)
    assert isinstance(unit, Skipped) and unit.reason == "cannot fetch: ZeroDivisionError in the fetcher"


def test_without_a_fetcher_a_url_is_skipped_not_fetched():
    [unit] = list_inputs(["https://example.org/story"])
    assert isinstance(unit, Skipped) and "no fetcher" in unit.reason


@pytest.mark.parametrize(("url", "stem"), [
    ("https://h.example/2025/05/12/budget-vote.html", "budget-vote"),
    ("https://h.example/news/story/", "story"),
    ("https://h.example/", "h.example"),
    ("https://h.example/caf%C3%A9", "café"),
])
def test_url_stem(url, stem):
    assert url_stem(url) == stem
