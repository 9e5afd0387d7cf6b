"""The briefing: conflicts and changes first, every line pointing at its article offset,
hostile article text inert in HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sourcebook.build import build
from sourcebook.report.briefing import collect_briefing, render_html, render_markdown
from sourcebook.settings import Settings
from sourcebook.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def briefing(tmp_path_factory, nlp):
    db = str(tmp_path_factory.mktemp("brief") / "b.db")
    build([str(EXAMPLES)], Settings(db=db))
    with Store(db) as store:
        return collect_briefing(store), {a.document: a for a in store.articles()}


def test_measures_needing_attention_come_first(briefing):
    view, _ = briefing
    order = ["conflict", "changed_over_time", "different_scope", "agree"]
    ranks = [order.index(m.verdict) for m in view.measures]
    assert ranks == sorted(ranks) and ranks, "the examples hold figures that disagree"
    markdown = render_markdown(view)
    first_measure = markdown.index("### ")
    assert markdown.index("## Speakers") > first_measure


def test_every_pointer_lands_on_what_it_shows(briefing):
    view, articles = briefing
    for measure in view.measures:
        for row in measure.rows:
            text = articles[row.pointer.document].text
            assert text[row.pointer.offset:].startswith(row.written)
    for speaker in view.speakers:
        for statement in speaker.statements:
            first = statement.content.split(" ... ")[0]
            text = articles[statement.pointer.document].text
            assert " ".join(text[statement.pointer.offset:].split()).startswith(first[:20])


def test_markdown_lines_point_to_article_offsets(briefing):
    view, articles = briefing
    markdown = render_markdown(view)
    pointers = re.findall(r"`([\w.-]+)@(\d+)`", markdown)
    assert pointers and all(doc in articles and int(offset) < len(articles[doc].text) for doc, offset in pointers)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)


def test_html_briefing_is_self_contained_and_hostile_text_is_inert(tmp_path, nlp):
    hostile = ('<script>window.x=1</script> "We counted 40 <img src=x onerror=alert(1)> boats," said '
               '<a href="javascript:alert(2)">Ann Lee</a>. Officials said 12 boats sank.')
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "h.txt").write_text(hostile, encoding="utf-8")
    (tmp_path / "in" / "h.json").write_text('{"title": "<b>bold</b>", "outlet": "<i>x</i>"}', encoding="utf-8")
    db = str(tmp_path / "h.db")
    build([str(tmp_path / "in")], Settings(db=db))
    with Store(db) as store:
        html = render_html(collect_briefing(store))
    parser = _Tags()
    parser.feed(html)
    assert "script" not in parser.tags and "img" not in parser.tags and "b" not in parser.tags
    assert not any(a.startswith("on") for a in parser.attrs)
    assert "javascript:" not in re.sub(r"&[a-z]+;|&#\d+;", "", " ".join(re.findall(r'href="([^"]*)"', html)))
    assert "&lt;script&gt;" in html
    assert "http://" not in html and "https://" not in html  # no external asset


def test_markdown_cells_are_inert_in_markdown_and_html_renderers():
    from sourcebook.report.briefing import _cell

    hostile = '<script>alert(1)</script> [click](javascript:alert(1)) **bold** `code` a|b <img src=x onerror=y> &amp;'
    cell = _cell(hostile, 500)
    assert "<" not in cell and ">" not in cell
    assert "&lt;script&gt;" in cell and "&amp;amp;" in cell
    assert "\\[click\\]" in cell and "\\*\\*bold\\*\\*" in cell and "\\`code\\`" in cell and "a\\|b" in cell


def test_who_is_quoted_by_source_type(briefing):
    from sourcebook.reconcile.sources import SOURCE_TYPES

    view, _ = briefing
    kinds = {*SOURCE_TYPES, "unknown"}
    assert all(s.source_type in kinds for s in view.speakers)
    statements = sum(len(s.statements) for s in view.speakers)
    assert sum(n for art in view.articles for _, n in art.quoted) == statements
    assert sum(n for _, counts in view.outlets for _, n in counts) == statements
    markdown = render_markdown(view)
    assert "## Who is quoted" in markdown and "who is quoted |" in markdown
    assert "Who is quoted" in render_html(view)


def test_a_figure_naming_its_currency_is_printed_once():
    from sourcebook.model import unit_shown

    assert unit_shown("$4 million", "dollars") == ""
    assert unit_shown("\u20ac2.5bn", "euros") == ""
    assert unit_shown("4", "euros") == "euros"  # "4 euros": the unit says the currency
    assert unit_shown("about 300", "houses") == "houses"
    assert unit_shown("300", None) == ""
