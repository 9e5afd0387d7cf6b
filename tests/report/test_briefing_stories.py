"""The briefing by story: one section per story, most articles first, its measures within it,
verdicts with a confidence below ``reconcile.measures.LOW_CONFIDENCE`` apart (no confidence counts as sure), and
measures of no story last. Hand-built records written for this test; no spaCy model."""

from __future__ import annotations

import pytest

from sourcebook.model import Article, Extraction, Figure, Measure, MeasureMember, Origin, Sentence, Span, Story
from sourcebook.reconcile.measures import LOW_CONFIDENCE
from sourcebook.report.briefing import collect_briefing, render_html, render_markdown, uncertain
from sourcebook.store import Store

TEXTS = {
    "ferry-1": ("2031-06-01", "The Orvik ferry ran aground on Tuesday. Officials said 40 passengers were rescued."),
    "ferry-2": ("2031-06-02", "Coast guards said 55 passengers were rescued from the Orvik ferry."),
    "ferry-3": ("2031-06-03", "The Orvik ferry was towed to port. 12 crew members stayed aboard."),
    "budget": ("2031-06-02", "The Lindau council approved its budget. 9 councillors voted for it."),
    "lonely": (None, "A poem about the sea in 3 verses, with no figure anyone would compare."),
}


def _article(stem: str) -> tuple[Article, Extraction]:
    published, text = TEXTS[stem]
    digit = next(i for i, ch in enumerate(text) if ch.isdigit())
    end = text.index(" ", digit)
    figure = Figure("f1", Span.of(text, digit, end), float(text[digit:end]), float(text[digit:end]),
                    float(text[digit:end]), "exact", unit="passengers", sentence=Span.of(text, 0, len(text)))
    article = Article(id=f"id-{stem}", text=text, stem=stem, published=published, origin=Origin(f"/in/{stem}.txt"))
    return article, Extraction(sentences=(Sentence(0, len(text)),), figures=(figure,))


def _measure(name: str, verdict: str, stems: tuple[str, ...], confidence: float | None, story: str | None) -> Measure:
    members = []
    for stem in stems:
        article, extraction = _article(stem)
        span = extraction.figures[0].span
        members.append(MeasureMember(f"{article.id}:f1", article.id, span.start, span.end))
    return Measure(f"m_{name}", name, verdict, tuple(members), name, f"why {name}", confidence, story)


@pytest.fixture
def briefing(tmp_path):
    ferry = Story("st_ferry", "Orvik · 1-3 Jun 2031", ("id-ferry-1", "id-ferry-2", "id-ferry-3"), "2031-06-01",
                  "2031-06-03", ("Orvik",))
    budget = Story("st_budget", "Lindau budget vote · 2 Jun 2031", ("id-budget",), "2031-06-02", "2031-06-02")
    lonely = Story("st_lonely", "A poem · undated", ("id-lonely",))
    measures = [
        _measure("passengers rescued", "conflict", ("ferry-1", "ferry-2"), 0.3, "st_ferry"),
        _measure("passengers aboard", "agree", ("ferry-2", "ferry-3"), None, "st_ferry"),
        _measure("passengers counted", "changed_over_time", ("ferry-1", "ferry-3"), 0.9, "st_ferry"),
        _measure("councillors voting", "conflict", ("budget",), 0.8, "st_budget"),
        _measure("old measure", "agree", ("ferry-1", "budget"), None, None),
    ]
    with Store(str(tmp_path / "b.db"), create=True) as store:
        store.add_articles([_article(stem) for stem in TEXTS])
        store.replace_reconciliation({}, measures, [ferry, budget, lonely])
        return collect_briefing(store)


def test_one_section_per_story_most_articles_first_with_its_measures(briefing):
    assert [s.id for s in briefing.stories] == ["st_ferry", "st_budget", ""]  # "": measures of no story, last
    assert briefing.alone == 1  # the poem: a story of one with nothing compared
    ferry = briefing.stories[0]
    assert [doc for doc, _ in ferry.articles] == ["ferry-1.txt", "ferry-2.txt", "ferry-3.txt"]
    assert [m.label for m in ferry.measures] == ["passengers counted", "passengers aboard"]  # changes before agreement
    assert [m.label for m in ferry.uncertain] == ["passengers rescued"]
    assert [m.label for m in briefing.stories[2].measures] == ["old measure"]
    assert briefing.summary.startswith("5 articles in 3 stories")


def test_low_confidence_is_below_the_threshold_and_none_counts_as_sure():
    assert uncertain(LOW_CONFIDENCE - 0.01) and not uncertain(LOW_CONFIDENCE) and not uncertain(None)
    assert not uncertain(0.9) and uncertain(0.3)


def test_markdown_and_html_show_the_less_certain_verdicts_apart(briefing):
    markdown = render_markdown(briefing)
    ferry = markdown.index("### Orvik · 1-3 Jun 2031")
    budget = markdown.index("### Lindau budget vote · 2 Jun 2031")
    apart = markdown.index("#### Less certain verdicts")
    assert ferry < markdown.index("#### Changed over time: passengers counted") < apart < budget
    assert apart < markdown.index("##### Conflict: passengers rescued") < budget
    assert "why passengers rescued (confidence 0.30)" in markdown
    assert "1 more article(s) are a story of their own" in markdown
    assert markdown.index("### Figures in no story") > budget
    html = render_html(briefing)
    assert html.index("<h4>Less certain verdicts</h4>") < html.index("passengers rescued</h5>")
