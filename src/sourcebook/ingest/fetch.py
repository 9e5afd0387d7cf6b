"""Fetching a web page or feed the user named, politely and within limits (httpx).

One ``Fetcher`` per build, used from the one process that lists the inputs, so its limits
hold for the whole build:

- only ``http://`` and ``https://`` (``url_problem``; redirects elsewhere are refused too);
- a timeout (``Settings.fetch_timeout``) for connecting, for each read, and for the whole
  response, so a server that sends a byte a second is cut off too;
- at most ``MAX_REDIRECTS`` redirects;
- at most ``Settings.max_bytes`` of body (``--max-bytes``), by Content-Length and while
  reading, counted after decompression (a gzip bomb stops at the limit);
- a content-type check: pages as HTML, XHTML or plain text, feeds as RSS, Atom or XML;
- a User-Agent naming Sourcebook and its version;
- a delay between two requests to the same host (``Settings.fetch_delay``, default 1 s);
- a few retries (``Settings.fetch_retries``) on 429, 5xx and connection errors, waiting twice
  the host delay, then four times (or the server's Retry-After, up to ``MAX_RETRY_AFTER``).

A fetch that fails is a ``Skipped`` naming the URL and the reason; nothing else is raised.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .._version import __version__
from ..model import Skipped

if TYPE_CHECKING:  # httpx is imported when a URL is fetched: a build of files needs none of it
    import httpx

__all__ = ["FEED_TYPES", "MAX_REDIRECTS", "PAGE_TYPES", "USER_AGENT", "Fetcher", "Page", "is_url", "url_problem"]

log = logging.getLogger(__name__)

USER_AGENT = f"Sourcebook/{__version__} (news attribution ledger; fetches only the pages its user names)"
MAX_REDIRECTS = 5
#: The longest Retry-After (seconds) a retry waits for; a server asking for more is given up on.
MAX_RETRY_AFTER = 30.0
SCHEMES = ("http", "https")
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_FEED_START = re.compile(rb"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.DOTALL)


def is_url(raw: str) -> bool:
    """Whether an input names a URL (``scheme://...``) rather than a file."""
    scheme, sep, _ = raw.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum() and scheme[:1].isalpha()


def url_problem(url: str) -> str | None:
    """None for an http(s) URL with a host, else why it is not fetched."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme.lower() not in SCHEMES:
        return (f"only http:// and https:// URLs are fetched, not {parts.scheme or 'this'}://"
                + ("; give a local file by its path" if parts.scheme.lower() == "file" else ""))
    if not parts.hostname:
        return "not a valid URL (no host name)"
    return None


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched response: the URL asked for, the URL it ended at, its kind (``html``,
    ``text`` or ``feed``) and body."""

    requested: str
    final: str
    kind: str
    data: bytes


def _kind(content_type: str) -> str | None:
    media = content_type.split(";")[0].strip().lower()
    if media in PAGE_TYPES:
        return PAGE_TYPES[media]
    if media in FEED_TYPES or media.endswith("+xml"):
        return "feed"
    return None


class _Failed(Exception):
    """A fetch that will not succeed (the reason is the message); ``retry`` when it may."""

    def __init__(self, reason: str, retry: bool = False, wait: float = 0.0) -> None:
        super().__init__(reason)
        self.retry, self.wait = retry, wait


class Fetcher:
    """Fetches pages and feeds within the limits above. ``sleep`` and ``clock`` are for tests."""

    def __init__(self, max_bytes: int, timeout: float = 20.0, delay: float = 1.0, retries: int = 2,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_bytes, self.timeout, self.delay, self.retries = max_bytes, timeout, delay, retries
        self.sleep, self.clock = sleep, clock
        self._last: dict[str, float] = {}  # host -> when its last request ended
        self._client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        import httpx

        if self._client is None:
            self._client = httpx.Client(
                headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                         "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8"},
                timeout=httpx.Timeout(self.timeout), follow_redirects=True, max_redirects=MAX_REDIRECTS,
                trust_env=False,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Page | Skipped:
        """The page or feed at ``url``, or Skipped naming the URL and why."""
        if problem := url_problem(url):
            return Skipped(url, problem)
        attempt = 0
        while True:
            try:
                return self._once(url)
            except _Failed as failed:
                if not failed.retry or attempt >= self.retries:
                    tries = f" (after {attempt + 1} tries)" if attempt else ""
                    return Skipped(url, f"fetch failed: {failed}{tries}")
                wait = max(self.delay * 2 ** (attempt + 1), failed.wait) if self.delay else 0.0
                log.info("retrying %s in %.1fs: %s", url, wait, failed)
                self.sleep(wait)
                attempt += 1

    def _polite(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        last = self._last.get(host)
        if last is not None and self.delay > 0:
            wait = self.delay - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)

    def _done(self, url: str) -> None:
        self._last[(urlsplit(url).hostname or "").lower()] = self.clock()

    def _once(self, url: str) -> Page:
        import httpx

        self._polite(url)
        try:
            with self.client.stream("GET", url) as response:
                return self._read(url, response)
        except httpx.TooManyRedirects:
            raise _Failed(f"more than {MAX_REDIRECTS} redirects") from None
        except httpx.UnsupportedProtocol as exc:
            raise _Failed(f"redirected to a URL that is not http(s): {exc}") from None
        except httpx.TimeoutException as exc:
            raise _Failed(f"timed out after {self.timeout:g}s ({type(exc).__name__}; --fetch-timeout)",
                          retry=isinstance(exc, httpx.ConnectTimeout)) from None
        except httpx.TransportError as exc:  # connection refused, reset, DNS, protocol errors
            raise _Failed(f"connection error: {type(exc).__name__}: {exc or 'no detail'}", retry=True) from None
        except (httpx.HTTPError, httpx.InvalidURL, ValueError, UnicodeError) as exc:  # a bad URL, a broken gzip body
            raise _Failed(f"{type(exc).__name__}: {exc or 'no detail'}") from None
        finally:
            self._done(url)

    def _read(self, url: str, response: httpx.Response) -> Page:
        status = response.status_code
        final = str(response.url)
        if status >= 400:
            retry_after = _retry_after(response.headers.get("Retry-After"))
            retry = status in _RETRY_STATUSES and (retry_after is None or retry_after <= MAX_RETRY_AFTER)
            raise _Failed(f"HTTP {status} {response.reason_phrase}".rstrip(), retry=retry, wait=retry_after or 0.0)
        if status != 200:
            raise _Failed(f"HTTP {status} {response.reason_phrase}: only 200 responses are read".replace(" :", ":"))
        content_type = response.headers.get("Content-Type", "")
        kind = _kind(content_type)
        if kind is None:
            shown = content_type.split(";")[0].strip() or "none given"
            raise _Failed(f"not a web page or feed (content type {shown}); read: HTML, XHTML, plain text, RSS, Atom")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            raise _Failed(f"too large: {int(length):,} bytes, over the limit of {self.max_bytes:,} (--max-bytes)")
        started = self.clock()
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise _Failed(f"too large: over the limit of {self.max_bytes:,} bytes (--max-bytes)")
            if self.clock() - started > self.timeout:
                raise _Failed(f"too slow: not received in {self.timeout:g}s (--fetch-timeout)")
            chunks.append(chunk)
        data = b"".join(chunks)
        if kind != "feed" and _FEED_START.match(data[:1024]):  # a feed served as text/html or text/plain
            kind = "feed"
        log.info("fetched %s: %s, %s bytes", url, kind, f"{len(data):,}")
        return Page(url, final, kind, data)


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (the delay form; an HTTP date is taken as 'later than we wait')."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    return MAX_RETRY_AFTER + 1
