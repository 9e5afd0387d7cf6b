"""A small local news site for the first-hour tour (``scripts/tour.sh``): two article pages and
an RSS feed listing a third page and one of the two, served on 127.0.0.1 at a free port.

    python scripts/tour_site.py DIR PORT_FILE

writes the pages into DIR, serves DIR, and writes the base URL (``http://127.0.0.1:PORT``) into
PORT_FILE once it listens. Stopped by SIGTERM (the tour kills it by its process id). The
articles are made up for the tour.
"""

from __future__ import annotations

import functools
import signal
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = {
    "2025/03/04/bridge-closure.html": (
        "River bridge to close for repairs", "2025-03-04",
        ["The old river bridge in Eastwick will close for six weeks from 17 March, the county roads "
         "department said on Tuesday, so that engineers can replace its worn bearings.",
         "About 9,000 vehicles cross the bridge each day, according to the department, and a diversion "
         "through the ring road will add roughly ten minutes to most journeys.",
         "\"We know this is a nuisance, but the repairs cannot wait another winter,\" said Priya Nair, "
         "who heads the roads department. The work will cost 2.4 million pounds, she said."]),
    "2025/03/05/school-meals.html": (
        "Free school meals extended to all primary pupils", "2025-03-05",
        ["Every primary pupil in Eastwick will get a free school lunch from September, the county "
         "council decided on Wednesday in a vote of 31 to 12.",
         "The plan will feed around 14,500 children and cost 11 million pounds a year, the council's "
         "finance officer said. Parents' groups had campaigned for the change for two years.",
         "\"No child should sit through an afternoon hungry,\" said Owen Marsh, a council member who "
         "proposed the motion. Some head teachers warned that kitchens would need more staff."]),
    "2025/03/06/bridge-closure-delayed.html": (
        "Bridge closure pushed back a week", "2025-03-06",
        ["The closure of the Eastwick river bridge has been pushed back to 24 March, the county roads "
         "department said on Thursday, after local traders asked for more notice.",
         "Around 8,000 vehicles use the bridge on a weekday, a department spokesman said, fewer than "
         "the figure given earlier in the week. The repairs are still expected to take six weeks.",
         "\"A week makes a real difference to the shops on the high street,\" said Lena Ortiz, who "
         "chairs the traders' association."]),
}


def page_html(title: str, date: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{date}'>"
            "<meta property='og:site_name' content='Eastwick Courier'></head><body>"
            "<nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Eastwick Courier</footer></body></html>")


def feed_xml(base: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>{PAGES[p][0]}</title><link>{base}/{p}</link></item>" for p in paths)
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Eastwick Courier</title>'
            f"<link>{base}/</link><description>Local news</description>{items}</channel></rss>")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the tour prints its own lines
        pass


def main(directory: str, port_file: str) -> None:
    root = Path(directory)
    for path, (title, date, paragraphs) in PAGES.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(page_html(title, date, paragraphs), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    paths = list(PAGES)
    (root / "feed.xml").write_text(feed_xml(base, [paths[2], paths[1]]), encoding="utf-8")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    Path(port_file).write_text(base, encoding="utf-8")
    try:
        server.serve_forever()
    finally:
        server.server_close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
