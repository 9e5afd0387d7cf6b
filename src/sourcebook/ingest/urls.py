"""URLs as inputs: a page is fetched and read like an HTML or text file; a feed (RSS, Atom)
is fetched and each of its items' links is fetched in its place.

``WebInputs.expand`` runs while a build lists its inputs (``ingest.list_inputs``), in the
client process, so both engines read the same fetched pages and the fetcher's per-host delay
holds for the whole build. A URL already stored - as an article's URL, the URL it was fetched
from, or the URL it ended at after redirects - is not fetched again unless ``refresh``.

A fetched article's URL is where the fetch ended (after redirects), not the page's canonical
link; its ``origin`` is the URL the user (or the feed) gave, so failures and articles are
named by it. Its date comes from the page's markup, else from the URL, as for a file.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urljoin, urlsplit

from ..errors import InputError
from ..model import Article, Origin, Skipped
from ..settings import Settings
from .articles import make_article
from .decode import decode_bytes
from .fetch import Fetcher, Page, url_problem
from .html import read_html
from .text import with_headline

__all__ = ["MAX_FEED_ITEMS", "WebInputs", "feed_links", "fetcher_for", "private_host", "read_page", "url_stem", "web_inputs"]

log = logging.getLogger(__name__)

#: The most items of one feed that a build fetches (feeds list tens; more is not a news feed).
MAX_FEED_ITEMS = 500

#: Which of some URLs are already stored (``Store.stored_urls``).
StoredUrls = Callable[[list[str]], set[str]]


@dataclass
class WebInputs:
    """Expands the URLs of one build into fetched pages. ``already_stored`` counts the URLs
    not fetched because the store holds them."""

    fetcher: Fetcher
    stored: StoredUrls | None = None
    refresh: bool = False
    already_stored: int = 0
    _seen: set[str] = field(default_factory=set)

    def expand(self, url: str) -> Iterator[Page | Skipped]:
        """The page at ``url``, or the pages of the feed at ``url``; failures as Skipped."""
        if problem := url_problem(url):
            yield Skipped(url, problem)
            return
        if self._known([url]):
            return
        page = self.fetcher.fetch(url)
        if isinstance(page, Skipped) or page.kind != "feed":
            yield page
            return
        try:
            links, problem = feed_links(page)
        except Exception as exc:  # noqa: BLE001 - a feed that breaks its parser is one skipped input
            links, problem = [], f"feed could not be parsed: {type(exc).__name__}"
        if problem and b"<html" in page.data[:4096].lower():  # an XHTML page served as XML
            yield replace(page, kind="html")
            return
        if problem:
            yield Skipped(url, problem)
            return
        if len(links) > MAX_FEED_ITEMS:
            yield Skipped(url, f"feed lists {len(links):,} items; only the first {MAX_FEED_ITEMS} are fetched")
            links = links[:MAX_FEED_ITEMS]
        known = self._known(links)
        for link in links:
            if link in known:
                continue
            if problem := url_problem(link):
                yield Skipped(link, f"{problem} (an item of the feed {url})")
                continue
            if private_host(link) and not private_host(page.final):
                yield Skipped(link, f"an item of the feed {url} points to a private or local address: not fetched")
                continue
            item = self.fetcher.fetch(link)
            if isinstance(item, Page) and item.kind == "feed":
                item = Skipped(link, f"an item of the feed {url} is itself a feed: not followed")
            yield item

    def _known(self, urls: list[str]) -> set[str]:
        """Those of ``urls`` met earlier in this build or (without ``refresh``) stored; the
        stored ones are counted in ``already_stored``."""
        known = {u for u in urls if u in self._seen}
        fresh = [u for u in dict.fromkeys(urls) if u not in known]
        stored = self.stored(fresh) if self.stored and not self.refresh and fresh else set()
        self.already_stored += len(stored)
        self._seen.update(fresh)
        return known | stored


def feed_links(page: Page) -> tuple[list[str], str | None]:
    """The item links of a feed, absolute, in the feed's order, each once; or why there are none."""
    import feedparser  # here: a build of files reads no feed

    parsed = feedparser.parse(page.data, response_headers={"content-location": page.final})
    if not parsed.get("version"):
        if page.data.lstrip()[:1] == b"<" and not parsed.entries:
            return [], "XML that is not an RSS or Atom feed: nothing to read"
        return [], "not an RSS or Atom feed (cannot parse it)"
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if link:
            links.append(urljoin(page.final, link.strip()))
    if not links:
        return [], "feed with no item links: nothing to read"
    return list(dict.fromkeys(links)), None


def private_host(url: str) -> bool:
    """Whether ``url``'s host is (or resolves to) a loopback, private, link-local or reserved
    address: a public feed must not make a build read the user's own network."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            addresses = [ipaddress.ip_address(info[4][0]) for info in socket.getaddrinfo(host, None)]
        except (OSError, UnicodeError, ValueError):
            return host.lower() == "localhost" or host.lower().endswith(".localhost")
    return any(a.is_private or a.is_loopback or a.is_link_local or a.is_reserved or a.is_unspecified
               for a in addresses)


def url_stem(url: str) -> str:
    """A short name for a fetched article: the last part of the URL's path without its
    extension (``/2024/05/budget-vote.html`` -> ``budget-vote``), else the host name."""
    parts = urlsplit(url)
    last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    stem = last.rsplit(".", 1)[0] if "." in last else last
    return stem or parts.hostname or "page"


def read_page(page: Page, settings: Settings) -> Iterator[Article | Skipped]:
    """The article of a fetched page, read as a file of its kind would be."""
    where, stem = page.requested, url_stem(page.final)
    if page.kind == "html":
        yield from read_html(page.data, where, stem, settings, url=page.final, final_url=True)
        return
    if page.kind != "text":
        yield Skipped(where, f"a {page.kind} is not an article")
        return
    try:
        text = decode_bytes(page.data, where)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    yield make_article(text, stem, Origin(path=where, url=page.final), settings, with_headline({"url": page.final}, text))


def fetcher_for(settings: Settings) -> Fetcher:
    """The fetcher a build with ``settings`` uses."""
    return Fetcher(settings.max_bytes, timeout=settings.fetch_timeout, delay=settings.fetch_delay,
                   retries=settings.fetch_retries)


def web_inputs(settings: Settings, stored: StoredUrls | None = None) -> WebInputs:
    """The URL expander of one build (``settings.refresh``: fetch stored URLs again)."""
    return WebInputs(fetcher_for(settings), stored, settings.refresh)

