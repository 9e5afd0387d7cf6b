"""The app in headless Chromium (Debian's package, driven by Playwright): select a highlighted
quote and see its speaker, review a figure with the token and see the history, and open a
hostile article without any of its script running."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest
from web_corpus import TOKEN, build_store

from sourcebook.store import Store

CHROMIUM = "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason=f"Debian's chromium not found at {CHROMIUM} (apt-get install chromium)")
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser_store(tmp_path_factory) -> str:
    base = tmp_path_factory.mktemp("browser-store")
    return build_store(str(base / "store.db"))


@pytest.fixture(scope="module")
def server(browser_store):
    import uvicorn

    from sourcebook.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(browser_store, token=TOKEN), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not srv.started:
        assert time.time() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _checked_page(browser, **context_options):
    """A page in a new browser context that fails the test on any script error or policy
    violation (the page itself never needs what the policy forbids: inline script or style,
    foreign assets)."""
    context = browser.new_context(**context_options)
    pg = context.new_page()
    pg.set_default_timeout(5000)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda m: "Content Security Policy" in m.text and errors.append(m.text))
    yield pg
    context.close()
    assert not errors, errors


@pytest.fixture
def page(browser):
    yield from _checked_page(browser)


def _speaker_article(store_url: str):
    store = Store(store_url, create=False)
    try:
        names = {s.id: s.name for s in store.speakers()}
        found = []
        for article in store.articles():
            ids = store.speaker_ids(article.id)
            ext = store.extraction(article.id, article.text)
            for att in ext.attributions:
                if att.id in ids and att.contents and ext.figures and article.stem != "hostile":
                    found.append((att.kind != "direct", article, att, names[ids[att.id]], ext.figures[0]))
        if found:  # a direct quote if there is one
            return min(found, key=lambda x: (x[0], x[1].stem, x[2].id))[1:]
    finally:
        store.close()
    pytest.fail("the test store has no attributed statement with a resolved speaker: nothing to test")


def test_select_quote_shows_speaker(server, browser_store, page):
    article, att, speaker, fig = _speaker_article(browser_store)
    page.goto(f"{server}/articles/{article.id}")
    record = page.locator(f"#rec-{att.id}")
    assert not record.is_visible()  # with script, records stay hidden until selected
    page.locator(f'.hl.att[data-ref="{att.id}"]:not(:has(mark))').first.click()
    assert record.is_visible()
    assert record.locator(".speaker").inner_text().startswith(speaker)
    assert page.locator(f'#hl-{att.id}').get_attribute("aria-pressed") == "true"
    # keyboard: Tab to a figure and press Enter
    page.focus(f"#hl-{fig.id}")
    page.keyboard.press("Enter")
    assert page.locator(f"#rec-{fig.id}").is_visible() and not record.is_visible()
    # the speaker link leads to the speaker's page
    page.locator(f'.hl.att[data-ref="{att.id}"]:not(:has(mark))').first.click()
    record.locator(".speaker a").click()
    page.wait_for_url("**/speakers/*")
    assert speaker in page.locator("h1").inner_text()


def test_review_a_figure_with_token(server, browser_store, page):
    article, _, _, fig = _speaker_article(browser_store)
    page.goto(f"{server}/articles/{article.id}#hl-{fig.id}")
    assert page.locator(f"#rec-{fig.id}").is_visible()  # the hash selects the record
    form = page.locator("#review-form")
    form.locator('input[value="disputed"]').check()
    form.locator('textarea[name="note"]').fill("<b>not</b> in the council's statement")
    form.locator('input[name="reviewer"]').fill("Desk editor")
    form.locator('input[name="token"]').fill("wrong-token")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#review-message.error")
    assert "token" in page.locator("#review-message").inner_text().lower()

    form.locator('input[name="token"]').fill(TOKEN)
    form.locator("button[type=submit]").click()
    item = page.locator(f'.history[data-history="{fig.id}"] li').last
    item.wait_for()
    assert "disputed" in item.inner_text() and "<b>not</b>" in item.inner_text()  # shown as text
    assert page.locator(f'.history[data-history="{fig.id}"] b').count() == 0
    # the history is stored: it is there after a reload, and the token was kept for the session
    page.reload()
    page.locator(f"#hl-{fig.id}").click()
    assert "Desk editor" in page.locator(f'.history[data-history="{fig.id}"]').inner_text()
    assert page.locator('#review-form input[name="token"]').input_value() == TOKEN


def test_hostile_article_runs_no_script(server, browser_store, page):
    store = Store(browser_store, create=False)
    hostile = next(a for a in store.articles() if a.stem == "hostile")
    store.close()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/articles/{hostile.id}")
    page.wait_for_load_state("load")
    page.locator(".hl").first.click()  # the page's own script works on it
    page.wait_for_timeout(200)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert page.locator("#text img, #text script, #text a, #text iframe, #text svg").count() == 0
    assert "<script>window.__pwned" in page.locator("#text").inner_text()
    assert page.title().startswith("<script>")  # the title is shown as text
    # the listing, with the hostile title and outlet, runs nothing either
    page.goto(f"{server}/articles")
    page.wait_for_timeout(100)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert dialogs == []


def test_measure_chart_links_to_the_sentence(server, browser_store, page):
    store = Store(browser_store, create=False)
    measures = store.measures()
    store.close()
    assert measures, "the test store has no measure: nothing to test"
    member = measures[0].members[0]
    local = member.figure_id.split(":")[1]
    page.goto(f"{server}/measures/{measures[0].id}")
    page.locator(f'svg.timeline a[href="/articles/{member.article_id}#hl-{local}"]').first.click()
    page.wait_for_url(f"**/articles/{member.article_id}#hl-{local}")
    assert page.locator(f"#rec-{local}").is_visible()


def test_story_page_leads_from_the_stories_to_an_article_and_back(server, browser_store, page):
    store = Store(browser_store, create=False)
    story = store.stories()[0]  # the most articles: the Tessel flood
    store.close()
    page.goto(f"{server}/stories")
    page.get_by_role("link", name=story.label).click()
    page.wait_for_url(f"**/stories/{story.id}")
    assert page.get_by_role("heading", name="Less certain verdicts").is_visible()
    assert page.locator("table.story-articles tbody tr").count() == len(story.articles)
    page.locator("table.story-articles tbody tr a").first.click()
    page.wait_for_url(f"**/articles/{story.articles[0]}")
    page.locator("p.story a").click()
    page.wait_for_url(f"**/stories/{story.id}")


@pytest.fixture
def phone(browser):
    """A page in a phone-sized window (390x844, touch), failing on script errors as ``page``."""
    yield from _checked_page(browser, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                             device_scale_factor=2)


def _inside(box, viewport) -> bool:
    return (box is not None and box["x"] >= -1 and box["y"] >= -1
            and box["x"] + box["width"] <= viewport["width"] + 1 and box["y"] + box["height"] <= viewport["height"] + 1)


def test_phone_tap_shows_the_record_next_to_the_text(server, browser_store, phone):
    article, att, speaker, fig = _speaker_article(browser_store)
    phone.goto(f"{server}/articles/{article.id}")
    panel = phone.locator("#panel")
    assert not panel.is_visible()  # nothing selected: no sheet, no empty review form
    statement = phone.locator(f'.hl.att[data-ref="{att.id}"]:not(:has(mark))').first
    statement.tap()
    record = phone.locator(f"#rec-{att.id}")
    assert record.is_visible() and record.locator(".speaker").inner_text().startswith(speaker)
    viewport = phone.viewport_size
    sheet = panel.bounding_box()
    assert _inside(sheet, viewport), (sheet, viewport)  # the whole sheet is on screen
    assert _inside(record.locator("h3").bounding_box(), viewport)
    assert _inside(record.locator(".speaker").bounding_box(), viewport)
    tapped = statement.bounding_box()
    assert tapped["y"] + tapped["height"] <= sheet["y"] + 1  # the statement stays visible above it
    assert phone.locator("#review-form").is_visible()  # the form comes with a selected record
    # a figure next, then close the sheet
    phone.locator(f"#hl-{fig.id}").tap()
    assert phone.locator(f"#rec-{fig.id}").is_visible() and not record.is_visible()
    assert _inside(phone.locator(f"#rec-{fig.id} h3").bounding_box(), viewport)
    phone.locator("#panel-close").tap()
    assert not panel.is_visible()


def test_phone_statement_far_down_a_long_article(server, browser_store, phone):
    """In the hostile article, a statement below a very long line: tapped after scrolling to
    it, its record opens on screen without another scroll."""
    store = Store(browser_store, create=False)
    hostile = next(a for a in store.articles() if a.stem == "hostile")
    store.close()
    phone.goto(f"{server}/articles/{hostile.id}")
    quote = phone.locator('.hl.att[data-ref="a2"]').first
    quote.scroll_into_view_if_needed()
    quote.tap()
    assert _inside(phone.locator("#rec-a2 h3").bounding_box(), phone.viewport_size)
    assert "Ivo Hark" in phone.locator("#rec-a2 .speaker").inner_text()


def test_review_form_waits_for_a_selection(server, browser_store, page):
    article, att, _, _ = _speaker_article(browser_store)
    page.goto(f"{server}/articles/{article.id}")
    assert not page.locator("#review-form").is_visible()
    assert not page.get_by_text("Review", exact=True).is_visible()
    page.locator(f"#hl-{att.id}").click()
    assert page.locator("#review-form").is_visible()
    assert f"statement {att.id}" in page.locator("#review-target").inner_text()


def test_hover_shows_the_speaker_initials(server, browser_store, page):
    article, att, speaker, _ = _speaker_article(browser_store)
    page.goto(f"{server}/articles/{article.id}")
    first = page.locator(f"#hl-{att.id}")
    assert first.get_attribute("title") == speaker
    before = f"() => getComputedStyle(document.getElementById('hl-{att.id}'), '::before').content"
    assert page.evaluate(before) in ("none", "normal")
    page.locator(f'.hl.att[data-ref="{att.id}"]').last.hover()
    initials = first.get_attribute("data-initials")
    assert initials and page.evaluate(before) == f'"{initials}"'


def test_briefing_links_highlight_their_sentence(browser_store, page, tmp_path):
    """The HTML briefing is one file without script: each link jumps to the sentence it
    names, and that sentence (only) is highlighted, by CSS :target."""
    from sourcebook.report.briefing import collect_briefing, render_html

    with Store(browser_store, create=False) as store:
        briefing = collect_briefing(store)
        texts = {a.id: a.text for a in store.articles()}
    path = tmp_path / "briefing.html"
    path.write_text(render_html(briefing), encoding="utf-8")
    page.goto(path.as_uri())
    row = briefing.measures[0].rows[0]
    link = page.locator(f'a[href="#{row.pointer.anchor}"]').first
    target = page.locator(f"#{row.pointer.anchor}")
    background = "el => getComputedStyle(el).backgroundColor"
    assert target.evaluate(background) == "rgba(0, 0, 0, 0)"
    link.click()
    page.wait_for_url(f"**#{row.pointer.anchor}")
    assert target.evaluate(background) == "rgb(255, 233, 138)"
    sentence = texts[row.pointer.article_id][row.pointer.start:row.pointer.end]
    assert target.inner_text() == sentence and row.written in sentence
    assert row.pointer.start <= row.pointer.offset < row.pointer.end
    box, viewport = target.bounding_box(), page.viewport_size
    assert 0 <= box["y"] < viewport["height"]  # scrolled to
    assert page.locator(".linked").count() > 1
    assert page.locator(".linked:not(:target)").first.evaluate(background) == "rgba(0, 0, 0, 0)"


def test_article_page_highlights_a_linked_sentence(server, browser_store, page):
    article, _, _, fig = _speaker_article(browser_store)
    sentence = fig.sentence or fig.span
    page.goto(f"{server}/articles/{article.id}#s-{article.id}-{sentence.start}-{sentence.end}")
    page.wait_for_selector(f'#text[data-linked="{sentence.start}-{sentence.end}"]', state="attached")
    found = page.evaluate("() => { const h = CSS.highlights.get('linked'); return [...h][0].toString(); }")
    assert found == article.text[sentence.start:sentence.end]
