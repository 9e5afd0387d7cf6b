"""Screenshots of the web app for docs/: the article page with a statement selected, the
same at phone size (390x844, the record open as a sheet), the measures page and a search.
Serves a built store on a free loopback port and drives Debian's chromium.

    .venv/bin/sourcebook build examples --db /tmp/examples.db
    .venv/bin/python bench/screenshots.py /tmp/examples.db --out docs/screenshots

The docs show the project's own example articles (examples/), never third-party text.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

import uvicorn

from sourcebook.web import create_app

CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db: str, token: str | None = None) -> tuple[uvicorn.Server, str]:
    """A uvicorn server for ``db`` in a daemon thread; returns it and its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.02)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="a built store")
    parser.add_argument("--out", default="docs/screenshots",
                        help="folder for article.png, article-phone.png, measures.png and search.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    server, base = start(args.db, token="screenshot")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1360, "height": 900})
            page.goto(f"{base}/api/articles?per_page=200")
            items = page.evaluate("() => JSON.parse(document.body.innerText).items")
            best = max(items, key=lambda a: a["attributions"] + a["figures"])
            page.goto(f"{base}/articles/{best['id']}")
            quote = page.locator(".hl.att.content[id^=hl-]").first
            quote.click()
            page.wait_for_timeout(100)
            page.screenshot(path=str(out / "article.png"))
            page.goto(f"{base}/measures")
            page.screenshot(path=str(out / "measures.png"), full_page=False)
            page.goto(f"{base}/articles?q=shelter+families")
            page.screenshot(path=str(out / "search.png"), full_page=False)
            phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                     device_scale_factor=2)
            phone.goto(f"{base}/articles/{best['id']}")
            phone.locator(".hl.att.content").nth(6).tap()
            phone.wait_for_timeout(150)
            phone.screenshot(path=str(out / "article-phone.png"))
            browser.close()
    finally:
        server.should_exit = True
    print(f"wrote article.png, article-phone.png, measures.png and search.png to {out}")


if __name__ == "__main__":
    main()
