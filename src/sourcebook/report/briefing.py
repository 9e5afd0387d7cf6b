"""The briefing a journalist reads: one section per story (most articles first) with its
figures compared across articles, conflicts and changes first and the less certain verdicts
apart; then speakers, then articles.

Every line points to its article and character offset (``000_x.txt@1234``; in HTML a link
into the article's text that highlights the sentence it lands on, with CSS ``:target`` and no
script), so each value can be checked against the sentence it came from.
``collect_briefing`` gathers a view of the store; ``render_markdown`` and ``render_html``
only lay it out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import VERDICT_ORDER, VERDICT_TITLES, Article, Figure, Story, unit_shown
from ..reconcile.measures import LOW_CONFIDENCE
from ..reconcile.sources import SOURCE_TYPE_TITLES, count_types, format_counts, type_of
from ..store import Store

__all__ = ["Briefing", "collect_briefing", "format_figure", "format_interval", "render_html",
           "render_markdown", "uncertain"]

#: single-source measures are listed only in exports; the briefing shows what sources compare
SHOWN_VERDICTS = tuple(v for v in VERDICT_ORDER if v != "single_source")


def uncertain(confidence: float | None) -> bool:
    """True when a verdict of this confidence (``Measure.confidence``, 0-1) is shown apart, under
    "Less certain verdicts", in the briefing and the web app: below
    ``reconcile.measures.LOW_CONFIDENCE``. A verdict with no confidence (a store built before
    confidences) counts as sure."""
    return confidence is not None and confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class Pointer:
    """A place in an article: what every briefing line links to, with the sentence holding
    it (``start``/``end``: what the HTML link highlights)."""

    document: str
    article_id: str
    offset: int
    start: int
    end: int

    @property
    def label(self) -> str:
        return f"{self.document}@{self.offset}"

    @property
    def anchor(self) -> str:
        return sentence_anchor(self.article_id, self.start, self.end)


def sentence_anchor(article_id: str, start: int, end: int) -> str:
    """The HTML id of a linked sentence: ``s-<article id>-<start>-<end>``."""
    return f"s-{article_id}-{start}-{end}"


@dataclass(frozen=True)
class FigureRow:
    written: str
    unit: str
    interval: str
    who: str
    relayed_by: str
    when: str
    where: str
    sentence: str
    pointer: Pointer


@dataclass(frozen=True)
class MeasureView:
    verdict: str
    title: str
    label: str
    why: str
    rows: tuple[FigureRow, ...]
    confidence: float | None = None  # how sure the verdict is, 0-1; None: not rated
    story: str | None = None  # the story's id

    @property
    def uncertain(self) -> bool:
        return uncertain(self.confidence)


@dataclass(frozen=True)
class StoryView:
    """One story's section: its articles in time order as (document, date), and the measures
    that formed in it, the sure ones and the less certain ones apart."""

    id: str
    label: str
    articles: tuple[tuple[str, str], ...]
    measures: tuple[MeasureView, ...] = ()
    uncertain: tuple[MeasureView, ...] = ()


@dataclass(frozen=True)
class Statement:
    kind: str
    cue: str
    content: str
    pointer: Pointer


@dataclass(frozen=True)
class SpeakerView:
    name: str
    affiliation: str
    articles: int
    statements: tuple[Statement, ...]
    source_type: str = "unknown"  # reconcile.sources: government, expert, media, ...


@dataclass(frozen=True)
class ArticleView:
    article_id: str
    document: str
    title: str
    outlet: str
    date: str
    attributed: int
    unattributed: int
    cited: tuple[str, ...]
    text: str
    anchors: tuple[tuple[int, int], ...]  # the sentences other lines point to, (start, end), apart
    quoted: tuple[tuple[str, int], ...] = ()  # who is quoted: (source type, statements), most first

    def segments(self) -> list[tuple[str | None, str]]:
        """The text cut around every linked sentence: (its HTML id or None, text)."""
        out: list[tuple[str | None, str]] = []
        at = 0
        for start, end in sorted(self.anchors):
            if start < at or end > len(self.text):
                continue  # overlapping ranges never come from one sentence split; skip if they do
            if start > at:
                out.append((None, self.text[at:start]))
            out.append((sentence_anchor(self.article_id, start, end), self.text[start:end]))
            at = end
        if at < len(self.text):
            out.append((None, self.text[at:]))
        return out


@dataclass
class Briefing:
    summary: str
    measures: list[MeasureView] = field(default_factory=list)  # every shown measure, conflicts first
    #: the stories with more than one article or a shown measure, most articles first; measures
    #: of no story (a store not rebuilt since stories came) last, in a story with the id ""
    stories: list[StoryView] = field(default_factory=list)
    alone: int = 0  # articles that are a story of their own with no shown measure
    speakers: list[SpeakerView] = field(default_factory=list)
    articles: list[ArticleView] = field(default_factory=list)
    #: per outlet, who is quoted: (outlet, ((source type, statements), ...))
    outlets: list[tuple[str, tuple[tuple[str, int], ...]]] = field(default_factory=list)


class Interval(Protocol):
    """Anything with a value and its bounds: a Figure, a measures-page row."""

    @property
    def value(self) -> float | None: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def format_interval(fig: Interval) -> str:
    """The figure (or any record with value, low and high) as an interval:
    ``250,000 or more``, ``20,000-99,999``, ``~20,000``."""
    if fig.low is None and fig.high is None:
        return f"~{_number(fig.value)}" if fig.value is not None else "?"
    if fig.low == fig.high:
        return _number(fig.low)
    if fig.high is None:
        return f"{_number(fig.low)} or more"
    if fig.low is None:
        return f"up to {_number(fig.high)}"
    return f"{_number(fig.low)}-{_number(fig.high)}"


#: how a qualifier reads before its number ("more than 2,000 residents")
_QUALIFIER_WORDS = {"more than": "more than", "at least": "at least", "around": "about", "up to": "up to",
                    "nearly": "nearly", "less than": "less than"}


def format_figure(fig: Figure | Any) -> str:
    """The figure as a person reads it: ``100,000 people, exact``, ``more than 2,000 residents``,
    ``about 300 volunteers``, ``3-5 people, a range``, ``tens of thousands (10,000-99,999) of
    civilians, vague``. ``fig`` may be any record with value, low, high, qualifier and unit."""
    unit = f" {fig.unit}" if getattr(fig, "unit", None) else ""
    qualifier = getattr(fig, "qualifier", "") or ""
    if qualifier in _QUALIFIER_WORDS and fig.value is not None:
        return f"{_QUALIFIER_WORDS[qualifier]} {_number(fig.value)}{unit}"
    if qualifier == "range":
        return f"{format_interval(fig)}{unit}, a range"
    if qualifier == "vague":
        return f"{format_interval(fig)}{unit}, vague"
    if qualifier == "exact" and fig.value is not None:
        return f"{_number(fig.value)}{unit}, exact"
    return f"{format_interval(fig)}{unit}" + (f", {qualifier}" if qualifier else "")


def _date(article: Article) -> str:
    if not article.published:
        return "undated"
    return f"{article.published} (est.)" if article.published_estimated else article.published


def _sentence_at(ext, length: int, offset: int) -> tuple[int, int]:
    """The stored sentence holding ``offset`` (sentences never overlap), else the character."""
    for sentence in ext.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, min(offset + 1, length)


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def collect_briefing(store: Store) -> Briefing:
    articles = {a.id: a for a in store.articles()}
    extractions = {a.id: store.extraction(a.id, a.text) for a in articles.values()}
    figures = {f"{aid}:{f.id}": f for aid, ext in extractions.items() for f in ext.figures}
    relays = {(aid, a.id): a.relayed_by for aid, ext in extractions.items() for a in ext.attributions}
    anchors: dict[str, set[tuple[int, int]]] = defaultdict(set)

    def point(article: Article, offset: int) -> Pointer:
        start, end = _sentence_at(extractions[article.id], len(article.text), offset)
        anchors[article.id].add((start, end))
        return Pointer(article.document, article.id, offset, start, end)

    measures = []
    stored = sorted(store.measures(), key=lambda m: (VERDICT_ORDER.index(m.verdict), m.label))
    for measure in (m for m in stored if m.verdict in SHOWN_VERDICTS):
        rows = []
        for member in measure.members:
            fig, article = figures.get(member.figure_id), articles.get(member.article_id)
            if fig is None or article is None:
                continue
            sentence = fig.sentence or fig.span
            rows.append(FigureRow(
                written=fig.span.text, unit=unit_shown(fig.span.text, fig.unit), interval=format_interval(fig),
                who=fig.according_to or "(the article itself)",
                relayed_by=(relays.get((article.id, fig.attribution)) if fig.attribution else None) or "",
                when=fig.time or _date(article), where=fig.place or "",
                sentence=_squash(article.text[sentence.start:sentence.end]), pointer=point(article, fig.span.start),
            ))
        measures.append(MeasureView(measure.verdict, VERDICT_TITLES[measure.verdict], measure.label, measure.why,
                                    tuple(rows), measure.confidence, measure.story))
    stories, alone = _story_views(store.stories(), measures, articles)

    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for article in articles.values():
        ids = store.speaker_ids(article.id)
        for att in extractions[article.id].attributions:
            if att.id not in ids:
                continue
            offset = att.contents[0].start if att.contents else (att.cue.start if att.cue else 0)
            content = " ... ".join(_squash(c.text) for c in att.contents)
            by_speaker[ids[att.id]].append(Statement(att.kind, att.cue.text if att.cue else "", content, point(article, offset)))
    all_speakers = store.speakers()
    types = {s.id: type_of(s) for s in all_speakers}
    speakers = [
        SpeakerView(s.name, s.affiliation or "", len({st.pointer.article_id for st in by_speaker[s.id]}), tuple(by_speaker[s.id]),
                    types[s.id])
        for s in all_speakers if by_speaker.get(s.id)
    ]
    speakers.sort(key=lambda s: (-len(s.statements), s.name))

    article_views = []
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for article in articles.values():
        ext = extractions[article.id]
        ids = store.speaker_ids(article.id)
        quoted = [types.get(ids[a.id], "unknown") for a in ext.attributions if a.id in ids]
        by_outlet[article.outlet or "(no outlet)"].extend(quoted)
        attributed = sum(1 for f in ext.figures if f.according_to)
        cited = Counter(a.speaker for a in ext.attributions if a.speaker)
        article_views.append(ArticleView(
            article.id, article.document, article.title or article.document, article.outlet or "", _date(article),
            attributed, len(ext.figures) - attributed, tuple(name for name, _ in cited.most_common()),
            article.text, tuple(sorted(anchors[article.id])), tuple(count_types(quoted)),
        ))
    outlets = [(outlet, tuple(count_types(quoted))) for outlet, quoted in sorted(by_outlet.items())]

    verdicts = Counter(m.verdict for m in stored)
    n_att = sum(len(e.attributions) for e in extractions.values())
    n_fig = sum(len(e.figures) for e in extractions.values())
    n_stories = len(stories) - (1 if stories and not stories[-1].id else 0) + alone
    in_stories = f"{n_stories} {'story' if n_stories == 1 else 'stories'}"
    summary = (
        f"{len(articles)} articles in {in_stories}, {n_att} attributed statements from {len(speakers)} speakers, "
        f"{n_fig} figures. Figures counting the same thing across sources: {verdicts['conflict']} in conflict, "
        f"{verdicts['changed_over_time']} changed over time, {verdicts['different_scope']} of different scope, "
        f"{verdicts['agree']} agreeing."
    )
    return Briefing(summary, measures, stories, alone, speakers, article_views, outlets)


def _story_views(stories: list[Story], measures: list[MeasureView],
                 articles: dict[str, Article]) -> tuple[list[StoryView], int]:
    """(the story sections, how many articles are a story of one with no shown measure)."""
    by_story: dict[str | None, list[MeasureView]] = defaultdict(list)
    for measure in measures:
        by_story[measure.story].append(measure)
    known = {story.id for story in stories}
    views, alone = [], 0
    for story in stories:
        shown = by_story.get(story.id, [])
        if len(story.articles) < 2 and not shown:
            alone += 1
            continue
        members = tuple((articles[a].document, _date(articles[a])) for a in story.articles if a in articles)
        views.append(StoryView(story.id, story.label, members, tuple(m for m in shown if not m.uncertain),
                               tuple(m for m in shown if m.uncertain)))
    orphans = [m for story_id, found in by_story.items() if story_id not in known for m in found]
    if orphans:
        views.append(StoryView("", "Figures in no story (rebuild the store to group its articles into stories)", (),
                               tuple(m for m in orphans if not m.uncertain), tuple(m for m in orphans if m.uncertain)))
    return views, alone


#: characters Markdown gives a meaning inside a line (emphasis, links, code, tables)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def _cell(text: str, limit: int = 110) -> str:
    """Article text for one line of the Markdown briefing: squashed, cut to ``limit``, and
    inert in Markdown and HTML renderers (``<script>`` becomes ``&lt;script&gt;``, link and
    emphasis markers are backslash-escaped)."""
    text = _squash(text)
    text = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def render_markdown(briefing: Briefing) -> str:
    lines = ["# Sourcebook briefing", "", briefing.summary,
             "Each item points to `article@character offset`; dates marked (est.) are estimated from the text.", ""]
    add = lines.append
    add("## Stories")
    add("")
    add("The articles about one event, most articles first; figures are compared within a story. "
        f"Verdicts with a confidence below {LOW_CONFIDENCE:g} are listed apart, under \"Less certain verdicts\".")
    add("")
    if briefing.alone:
        add(f"{briefing.alone} more article(s) are a story of their own with no figure compared (see Articles).")
        add("")
    if not briefing.stories and not briefing.alone:
        add("No story: the store has no article grouped yet (run `sourcebook build` to group them).")
        add("")
    for story in briefing.stories:
        add(f"### {_cell(story.label, 200)}" if story.id else f"### {story.label}")
        add("")
        if story.articles:
            add(f"{len(story.articles)} article(s): " + ", ".join(f"`{doc}` ({date})" for doc, date in story.articles))
            add("")
        if not story.measures and not story.uncertain:
            add("No figure is reported by more than one source.")
            add("")
        for measure in story.measures:
            _markdown_measure(add, measure, "####")
        if story.uncertain:
            add("#### Less certain verdicts")
            add("")
            for measure in story.uncertain:
                _markdown_measure(add, measure, "#####")
    add("## Speakers")
    add("")
    for speaker in briefing.speakers:
        role = f", {_cell(speaker.affiliation, 80)}" if speaker.affiliation else ""
        kind = SOURCE_TYPE_TITLES.get(speaker.source_type, speaker.source_type)
        add(f"- **{_cell(speaker.name, 80)}**{role} [{kind}]: {len(speaker.statements)} statement(s) in "
            f"{speaker.articles} article(s)")
        for st in speaker.statements:
            cue = f" ({_cell(st.cue, 30)})" if st.cue else ""
            add(f"  - {st.kind}{cue}: \"{_cell(st.content, 100)}\" `{st.pointer.label}`")
    add("")
    add("## Who is quoted")
    add("")
    add("Statements by source type, per outlet.")
    add("")
    add("| outlet | statements by source type |")
    add("|---|---|")
    for outlet, counts in briefing.outlets:
        add(f"| {_cell(outlet, 40)} | {_cell(format_counts(list(counts)), 200)} |")
    add("")
    add("## Articles")
    add("")
    add("| article | outlet | date | figures attributed / not | sources cited | who is quoted |")
    add("|---|---|---|---|---|---|")
    for art in briefing.articles:
        cited = ", ".join(art.cited[:6]) + (f" and {len(art.cited) - 6} more" if len(art.cited) > 6 else "")
        add(f"| {_cell(art.title, 60)} (`{art.document}`) | {_cell(art.outlet or '-', 30)} | {art.date} "
            f"| {art.attributed} / {art.unattributed} | {_cell(cited, 120)} | {_cell(format_counts(list(art.quoted)), 120)} |")
    return "\n".join(lines).rstrip() + "\n"


def _markdown_measure(add: Callable[[str], None], measure: MeasureView, level: str) -> None:
    add(f"{level} {measure.title}: {_cell(measure.label, 200)}")
    add("")
    if measure.why:
        add(measure.why + (f" (confidence {measure.confidence:.2f})" if measure.confidence is not None else ""))
        add("")
    add("| value | interval | according to | when | where | at | sentence |")
    add("|---|---|---|---|---|---|---|")
    for row in measure.rows:
        who = row.who + (f" (via {row.relayed_by})" if row.relayed_by else "")
        add(f"| {_cell(row.written + ' ' + row.unit, 40)} | {row.interval} | {_cell(who, 45)} | {_cell(row.when, 30)} "
            f"| {_cell(row.where, 30)} | `{row.pointer.label}` | {_cell(row.sentence)} |")
    add("")


_ENV = Environment(loader=PackageLoader("sourcebook.report", "templates"), autoescape=select_autoescape(default=True))


def render_html(briefing: Briefing) -> str:
    """One self-contained HTML file (no script, no external asset); article text escaped."""
    return _ENV.get_template("briefing.html.j2").render(b=briefing, titles=SOURCE_TYPE_TITLES, low=f"{LOW_CONFIDENCE:g}")
