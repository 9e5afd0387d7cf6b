"""Screenshots of the web app for the README and docs/: the article page with a statement
selected, the same article at phone size (390x844, the record open as a sheet beside the
text), the measures page (desktop and phone), a search and a speaker's page. Serves a store
on a free loopback port and drives Debian's chromium through Playwright (headless).

    make screenshots                         # builds examples/ into a temp store first
    .venv/bin/python scripts/screenshots.py --db sourcebook.db --out docs/screenshots

Pages that fail to load, raise a script error or break the Content-Security-Policy stop it
with a non-zero status, as does a phone record that is not on screen after the tap. The docs
show the project's own example articles (examples/), never third-party text.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn

from sourcebook.web import create_app

CHROMIUM = "/usr/bin/chromium"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
DESKTOP = {"viewport": {"width": 1360, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
SHOTS = ("article.png", "article-phone.png", "measures.png", "measures-phone.png", "search.png", "speaker.png",
         "story.png")


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
    while not server.started:
        if time.time() > deadline:
            raise SystemExit("screenshots: the web app did not start")
        time.sleep(0.02)
    return server, f"http://127.0.0.1:{port}"


def build_examples(directory: str) -> str:
    """The bundled examples built into a store in ``directory``."""
    from sourcebook.build import build
    from sourcebook.settings import Settings

    db = str(Path(directory) / "examples.db")
    summary = build([str(EXAMPLES)], Settings(db=db))
    if summary.skipped:
        raise SystemExit(f"screenshots: the examples did not build cleanly: {summary.skipped}")
    return db


class Browser:
    """Pages in headless chromium that record script errors and policy violations."""

    def __init__(self, playwright) -> None:
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                                  args=["--headless", "--no-sandbox", "--disable-gpu"])
        self.errors: list[str] = []

    def page(self, **options):
        page = self.browser.new_context(**options).new_page()
        page.set_default_timeout(10_000)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda m: "Content Security Policy" in m.text and self.errors.append(m.text))
        return page

    def goto(self, page, url: str) -> None:
        response = page.goto(url)
        if response is None or response.status != 200:
            self.errors.append(f"{url}: {response.status if response else 'no response'}")


def take(base: str, out: Path, browser: Browser) -> None:
    desk = browser.page(**DESKTOP)
    browser.goto(desk, f"{base}/api/articles?per_page=200")
    items = desk.evaluate("() => JSON.parse(document.body.innerText).items")
    best = max(items, key=lambda a: a["attributions"] + a["figures"])
    browser.goto(desk, f"{base}/articles/{best['id']}")
    desk.locator(".hl.att.content[id^=hl-]").first.click()
    desk.wait_for_timeout(150)
    desk.screenshot(path=str(out / "article.png"))
    browser.goto(desk, f"{base}/measures")
    desk.screenshot(path=str(out / "measures.png"))
    browser.goto(desk, f"{base}/articles?q=shelter+families")
    desk.screenshot(path=str(out / "search.png"))
    browser.goto(desk, f"{base}/api/speakers?per_page=1")
    speaker = desk.evaluate("() => JSON.parse(document.body.innerText).items[0].id")
    browser.goto(desk, f"{base}/speakers/{speaker}")
    desk.screenshot(path=str(out / "speaker.png"))
    browser.goto(desk, f"{base}/api/stories")
    story = desk.evaluate("() => JSON.parse(document.body.innerText).items[0].id")
    browser.goto(desk, f"{base}/stories/{story}")
    desk.screenshot(path=str(out / "story.png"))

    phone = browser.page(**PHONE)
    browser.goto(phone, f"{base}/articles/{best['id']}")
    statements = phone.locator(".hl.att.content")
    statements.nth(min(6, statements.count() - 1)).tap()
    phone.wait_for_timeout(200)
    sheet = phone.locator("#panel").bounding_box()
    if not sheet or sheet["y"] >= PHONE["viewport"]["height"]:  # type: ignore[index]
        browser.errors.append(f"phone: the record is not on screen after the tap ({sheet})")
    phone.screenshot(path=str(out / "article-phone.png"))
    browser.goto(phone, f"{base}/measures")
    phone.screenshot(path=str(out / "measures-phone.png"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a built store (default: build examples/ into a temp store)")
    parser.add_argument("--out", default="docs/screenshots", help=f"folder for {', '.join(SHOTS)}")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sourcebook-screens-") as tmp:
        db = args.db or build_examples(tmp)
        server, base = start(db)
        try:
            with sync_playwright() as p:
                browser = Browser(p)
                take(base, out, browser)
                browser.browser.close()
        finally:
            server.should_exit = True
    if browser.errors:
        print("screenshots: problems on the pages:", *browser.errors, sep="\n  ", file=sys.stderr)
        raise SystemExit(1)
    print(f"wrote {', '.join(SHOTS)} to {out}")


if __name__ == "__main__":
    main()
