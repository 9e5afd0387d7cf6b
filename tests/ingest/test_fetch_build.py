"""Builds from URLs, end to end, on both engines, against the local web site (``web_server.py``):
pages and feed items stored with their final URLs, failures skipped by URL, nothing fetched
twice, ``--refresh``, the command line (``--urls``, exit status, refused schemes)."""

from __future__ import annotations

import pytest
from web_server import Site, gazette, serve

from sourcebook.build import build
from sourcebook.settings import Settings
from sourcebook.store import Store


@pytest.fixture(scope="module")
def site():
    with serve(Site()) as running:
        yield gazette(running)


def settings(db: str, **more) -> Settings:
    # (a timeout far above what the local server takes, even on a loaded machine: no test here is about timeouts)
    return Settings(db=db, max_bytes=100_000, fetch_delay=0, fetch_timeout=10, **more)


def stored(db: str) -> dict[str, str | None]:
    with Store(db) as store:
        return {a.origin.path or "": a.url for a in store.articles()}


def test_a_build_from_urls_and_a_feed_then_again_fetches_nothing(site, tmp_path, nlp):
    db = str(tmp_path / "web.db")
    urls = [site.url("/old-ferry"), site.url("/feed.rss"), site.url("/report.pdf")]
    first = build(urls, settings(db))
    assert first.new == 3
    assert {s.where: s.reason for s in first.skipped} == {
        site.url("/missing-story"): "fetch failed: HTTP 404 Not Found",
        site.url("/report.pdf"): "fetch failed: not a web page or feed (content type application/pdf); "
                                 "read: HTML, XHTML, plain text, RSS, Atom",
    }
    assert stored(db) == {
        site.url("/old-ferry"): site.url("/2025/05/12/ferry.html"),
        site.url("/library"): site.url("/library"),
        site.url("/market"): site.url("/market"),
    }
    before = [path for path, _ in site.log]
    again = build(urls, settings(db))
    fetched = [path for path, _ in site.log][len(before):]
    assert fetched == ["/feed.rss", "/missing-story", "/report.pdf"]  # the feed, and what failed before
    assert (again.new, again.already_stored) == (0, 3)
    # by the URL it ended at too: the final URL of a redirect is not fetched again
    assert build([site.url("/2025/05/12/ferry.html")], settings(db)).already_stored == 1
    refreshed = build([site.url("/library")], settings(db, refresh=True))
    assert (refreshed.new, refreshed.already_stored) == (0, 1)  # fetched again, the same text
    assert site.hits("/library") == 2


def test_failed_fetches_store_nothing(site, tmp_path, nlp):
    db = str(tmp_path / "failed.db")
    summary = build([site.url("/gone"), site.url("/thin"), site.url("/huge")], settings(db))
    assert summary.new == 0 and len(summary.skipped) == 3
    assert stored(db) == {}


def test_the_command_line_reads_a_url_list_and_says_what_it_skipped(site, tmp_path, cli_main):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# the harbour stories\n\n{site.url('/market')}\n  {site.url('/gone')}  # removed\n",
                    encoding="utf-8")
    db = str(tmp_path / "cli.db")
    result = cli_main("build", "--urls", str(urls), "--db", db, "--fetch-delay", "0", "--no-progress")
    assert result.returncode == 3, result.stderr
    assert "built 1 new article(s)" in result.stdout
    assert f"skipped {site.url('/gone')}: fetch failed: HTTP 410 Gone" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("args", "words"), [
    (["file:///etc/passwd"], "only http:// and https:// URLs are fetched, not file://"),
    (["--urls", "missing-list.txt"], "--urls missing-list.txt: cannot read it"),
    (["--fetch-delay", "-1", "https://example.org/"], "fetch delay must be 0 seconds or more"),
])
def test_url_mistakes_are_usage_errors(tmp_path, cli_main, args, words):
    result = cli_main("build", *args, "--db", str(tmp_path / "never.db"), cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr.splitlines()[0]
    assert not (tmp_path / "never.db").exists()


@pytest.mark.slow
def test_the_dask_engine_builds_urls_the_same(site, tmp_path, nlp, dask_cluster):
    local, dask = str(tmp_path / "local.db"), str(tmp_path / "dask.db")
    urls = [site.url("/feed.atom"), site.url("/library")]
    build(urls, settings(local))
    # the session's cluster for both Dask builds (the engine's own cluster is tested in tests/build)
    summary = build(urls, settings(dask, engine="dask", scheduler=dask_cluster.scheduler_address))
    assert summary.new == 3 and summary.skipped == []
    assert stored(dask) == stored(local)
    again = build(urls, settings(dask, engine="dask", scheduler=dask_cluster.scheduler_address))
    assert (again.new, again.already_stored) == (0, 3)
