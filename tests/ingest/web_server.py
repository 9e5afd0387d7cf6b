"""A local web site for the fetch tests: a threaded ``http.server`` on 127.0.0.1, port 0.

Routes (``SITE``) answer with a page, a feed, a redirect, an error, a slow or oversized body,
or a failure that passes after a few tries. Every request is logged (path and User-Agent) so a
test can tell what was fetched. The pages are written for these tests.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def page(title: str, *paragraphs: str, date: str | None = None, canonical: str | None = None) -> bytes:
    head = f"<title>{title}</title>"
    if date:
        head += f'<meta property="article:published_time" content="{date}">'
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright the Harbour Gazette</footer>"
            "</body></html>").encode()


FERRY = page(
    "Ferry service to Marlow Island resumes",
    "The ferry service between Porthaven and Marlow Island resumed on Monday after a three-week pause, "
    "the harbour board said in a statement.",
    "About 1,200 passengers crossed on the first day, according to the operator, and the board expects "
    "the number to double once the summer timetable starts next month.",
    "\"We are glad to have the boats running again,\" said Ines Carvalho, who chairs the harbour board. "
    "Repairs to the northern pier cost 450,000 euros, she said.",
    date="2025-05-12", canonical="https://gazette.example/canonical/ferry",
)
LIBRARY = page(
    "Town library extends its opening hours",
    "The Porthaven town library will open on Sundays from June, the council announced on Tuesday, "
    "after a petition signed by 3,400 residents asked for longer hours.",
    "The change will cost about 60,000 euros a year, a council spokesman said, and two part-time "
    "librarians will be hired. Visitors rose by 15 percent last year, according to the library.",
    "\"Young people need a quiet place to study at weekends,\" said Tomas Reyes, a teacher who "
    "organised the petition.",
)
MARKET = page(
    "Fish market moves to the old warehouse",
    "The Porthaven fish market will move into the old grain warehouse on the quay in September, "
    "the market association said on Wednesday.",
    "Some 40 traders have signed up for stalls, the association said, up from 28 at the present site. "
    "The move was approved by the council in a vote of 19 to 6 last week.",
    "\"The new hall gives us room and cold storage,\" said Anja Brandt, who sells shellfish at the market.",
    date="2025-04-30",
)
THIN = page("Photo of the day", "Boats in the harbour at dawn.")
PLAIN = (b"Council approves new cycle lanes\n\n"
         b"The Porthaven council approved four new cycle lanes on Thursday, the transport committee said. "
         b"The lanes will cost 1.2 million euros and should open next spring, according to the committee. "
         b"\"Safer streets for everyone,\" said Dana Moss, who leads the committee. Shop owners on the "
         b"harbour road had asked for fewer parking spaces to be removed, she said.\n")


def rss(base: str, *paths: str) -> bytes:
    items = "".join(f"<item><title>Item {i}</title><link>{base}{p}</link><guid>{base}{p}</guid></item>"
                    for i, p in enumerate(paths))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Gazette</title>'
            f"<link>{base}/</link><description>News</description>{items}</channel></rss>").encode()


def atom(base: str, *paths: str) -> bytes:
    entries = "".join(f'<entry><title>Entry {i}</title><id>tag:gazette.example,2025:{i}</id>'
                      f'<updated>2025-05-12T08:00:00Z</updated><link href="{p}"/></entry>'
                      for i, p in enumerate(paths))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}/">'
            f"<title>Harbour Gazette</title><id>tag:gazette.example,2025:feed</id>"
            f"<updated>2025-05-12T08:00:00Z</updated>{entries}</feed>").encode()


@dataclass
class Route:
    """What a path answers: a status, headers and a body, or a callable's answer. ``fails``:
    answer ``status`` this many times first, then 200."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    fails: int = 0
    length: bool = True  # send Content-Length (False: the body is sent without it)
    drip: float = 0.0  # seconds between 100-byte pieces of the body (a server that sends slowly)


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str]] = []  # (path, User-Agent)
        self.base = ""

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.log.append((self.path, self.headers.get("User-Agent", "")))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            status = route.status
            if route.fails:
                failed_so_far = site.hits(self.path) - 1
                status = route.status if failed_so_far < route.fails else 200
            if route.delay:
                time.sleep(route.delay)
            self.send_response(status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                if route.drip:
                    for i in range(0, len(route.body), 100):
                        self.wfile.write(route.body[i:i + 100])
                        self.wfile.flush()
                        time.sleep(route.drip)
                else:
                    self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            pass

    return Handler


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def gazette(site: Site) -> Site:
    """The test site's routes (``site.base`` must be set)."""
    base = site.base
    r = site.routes
    r["/2025/05/12/ferry.html"] = Route(FERRY)
    r["/library"] = Route(LIBRARY)
    r["/market"] = Route(MARKET)
    r["/thin"] = Route(THIN)
    r["/cycle-lanes.txt"] = Route(PLAIN, "text/plain; charset=utf-8")
    r["/old-ferry"] = Route(status=301, headers={"Location": "/2025/05/12/ferry.html"})
    r["/loop"] = Route(status=302, headers={"Location": "/loop"})
    r["/to-file"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    r["/slow"] = Route(LIBRARY, delay=1.5)
    r["/report.pdf"] = Route(b"%PDF-1.4 not a page", "application/pdf")
    r["/huge"] = Route(b"<html><body>" + b"<p>word </p>" * 20_000 + b"</body></html>")
    r["/huge-unsized"] = Route(b"<html><body>" + b"<p>word </p>" * 20_000 + b"</body></html>", length=False)
    r["/drip"] = Route(LIBRARY, drip=0.1)
    r["/bomb"] = Route(gzip.compress(b" " * 5_000_000), headers={"Content-Encoding": "gzip"})
    r["/feed-as-html"] = Route(rss(base, "/market"), "text/html")
    r["/xhtml-as-xml"] = Route(b'<?xml version="1.0"?>' + MARKET.replace(b"<!doctype html>", b""), "application/xml")
    r["/busy"] = Route(MARKET, status=503, fails=2)
    r["/limited"] = Route(MARKET, status=429, fails=99)
    r["/gone"] = Route(status=410)
    r["/feed.rss"] = Route(rss(base, "/library", "/market", "/missing-story"), "application/rss+xml")
    r["/feed.atom"] = Route(atom(base, "/2025/05/12/ferry.html", "/cycle-lanes.txt"), "application/atom+xml")
    r["/feed-of-feeds.xml"] = Route(rss(base, "/feed.atom"), "text/xml")
    r["/not-a-feed.xml"] = Route(b'<?xml version="1.0"?><config><key>value</key></config>', "application/xml")
    return site
