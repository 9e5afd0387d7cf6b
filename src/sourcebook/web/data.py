"""What each page shows, gathered from the store: one ``*_data`` function per page, called by
both the HTML route in ``pages`` and its JSON twin in ``api``, so the two cannot disagree.

The functions take a ``Store`` and plain parameters and know nothing of HTTP: an unknown id
raises ``errors.NotFound`` and a bad parameter ``errors.SettingsError``; the app answers those
with 404 and 422, as HTML or JSON.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..errors import NotFound, SettingsError
from ..model import VERDICT_ORDER, VERDICT_TITLES, VERDICTS
from ..reconcile.sources import SOURCE_TYPE_TITLES, SOURCE_TYPES, source_type
from ..report.briefing import format_figure, uncertain
from ..store import Store, browse, stories
from ..store.reviews import reviews
from .svg import interval, timeline, value_date, value_source
from .views import ArticleView, Page, article_view, plain, review_dict

__all__ = ["article_data", "articles_data", "measure_data", "measures_data", "quoted_by_outlet", "reviews_data",
           "runs_data", "speaker_data", "speakers_data", "stories_data", "story_data"]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    if not _DATE.match(value.strip()):
        raise SettingsError(f"{name} must be a date as YYYY-MM-DD, not {value[:40]!r}")
    return value.strip()


def _verdict(value: str | None) -> str | None:
    if not value:
        return None
    if value not in VERDICTS:
        raise SettingsError(f"unknown verdict {value[:40]!r}; valid: {', '.join(VERDICTS)}")
    return value


def articles_data(store: Store, q, outlet, date_from, date_to, page, per_page, path="/articles") -> dict:
    date_from, date_to = _date(date_from, "from"), _date(date_to, "to")
    offset = (page - 1) * per_page
    total, hits = browse.search_articles(store, q=q, outlet=outlet or None, date_from=date_from, date_to=date_to,
                                         limit=per_page, offset=offset)
    pager = Page(total, page, per_page, path, {"q": q or "", "outlet": outlet or "", "from": date_from or "",
                                               "to": date_to or ""})
    return {"query": {"q": q, "outlet": outlet, "from": date_from, "to": date_to},
            "outlets": browse.outlets(store), "page": pager,
            "items": [plain(h) for h in hits]}


def article_data(store: Store, article_id: str) -> ArticleView:
    article = store.article(article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id[:64]!r}")
    story = stories.article_story(store, article.id)
    return replace(article_view(store, article), story=plain(story) if story else None)


def speakers_data(store: Store, q, page, per_page, path="/speakers") -> dict:
    total, rows = browse.list_speakers(store, q, per_page, (page - 1) * per_page)
    return {"query": {"q": q}, "page": Page(total, page, per_page, path, {"q": q or ""}),
            "items": [{**plain(r), "aliases": list(r.aliases), **_source_type(r)} for r in rows],
            "outlets_quoted": quoted_by_outlet(store)}


def quoted_by_outlet(store: Store) -> dict:
    """Who each outlet quotes: statements by source type per outlet (the question media
    researchers ask first), with the types that occur, in ``SOURCE_TYPES`` order."""
    counts: dict[str | None, dict[str, int]] = {}
    for row in browse.quoted_by_outlet(store):
        kind = source_type(row.name, row.kind, row.affiliation, row.aliases) if row.name else "unknown"
        by_type = counts.setdefault(row.outlet or None, {})
        by_type[kind] = by_type.get(kind, 0) + row.statements
    present = {kind for by_type in counts.values() for kind in by_type}
    types = [kind for kind in (*SOURCE_TYPES, "unknown") if kind in present]
    return {"types": [{"source_type": kind, "title": SOURCE_TYPE_TITLES.get(kind, kind)} for kind in types],
            "outlets": [{"outlet": outlet, "statements": sum(by_type.values()),
                         "quoted": [{"source_type": kind, "statements": by_type.get(kind, 0)} for kind in types]}
                        for outlet, by_type in sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))]}


def _source_type(speaker) -> dict:
    kind = source_type(speaker.name, speaker.kind, speaker.affiliation, speaker.aliases)
    return {"source_type": kind, "source_type_title": SOURCE_TYPE_TITLES.get(kind, kind)}


def speaker_data(store: Store, speaker_id: str, page, per_page, path: str) -> dict:
    speaker = browse.speaker(store, speaker_id)
    if speaker is None:
        raise NotFound(f"no speaker with id {speaker_id[:64]!r}")
    total, rows = browse.speaker_statements(store, speaker_id, per_page, (page - 1) * per_page)
    return {"speaker": {**plain(speaker), "aliases": list(speaker.aliases), **_source_type(speaker)},
            "page": Page(total, page, per_page, path, {}), "statements": [plain(r) for r in rows]}


def _measure_dict(m: browse.MeasureRow, values: list[browse.ValueRow], story_labels: dict[str, str]) -> dict:
    return {**plain(m), "title": VERDICT_TITLES.get(m.verdict, m.verdict), "uncertain": uncertain(m.confidence),
            "story_label": story_labels.get(m.story_id or ""),
            "values": [{**plain(v), "date": value_date(v), "source": value_source(v), "interval": interval(v),
                        "reading": format_figure(v)}
                       for v in values]}


def measures_data(store: Store, verdict, page, per_page, path="/measures", chart: bool = False) -> dict:
    verdict = _verdict(verdict)
    total, rows = browse.list_measures(store, verdict, per_page, (page - 1) * per_page)
    values = browse.measure_values(store, [m.id for m in rows])
    labels = stories.story_labels(store, (m.story_id for m in rows))
    items = []
    for m in rows:
        item = _measure_dict(m, values.get(m.id, []), labels)
        if chart:
            item["chart"] = timeline(values.get(m.id, []), f"{item['title']}: {m.label}")
        items.append(item)
    return {"query": {"verdict": verdict}, "verdicts": list(VERDICT_ORDER),
            "page": Page(total, page, per_page, path, {"verdict": verdict or ""}), "items": items}


def measure_data(store: Store, measure_id: str, chart: bool = False) -> dict:
    m = browse.measure_row(store, measure_id)
    if m is None:
        raise NotFound(f"no measure with id {measure_id[:64]!r}")
    values = browse.measure_values(store, [m.id]).get(m.id, [])
    item = _measure_dict(m, values, stories.story_labels(store, [m.story_id]))
    if chart:
        item["chart"] = timeline(values, f"{item['title']}: {m.label}")
    return item


def stories_data(store: Store, page, per_page, path="/stories") -> dict:
    total, rows = stories.list_stories(store, per_page, (page - 1) * per_page)
    return {"page": Page(total, page, per_page, path, {}), "items": [plain(r) for r in rows]}


def story_data(store: Store, story_id: str, chart: bool = False) -> dict:
    """One story: its articles in time order, its measures with verdicts, the verdicts that
    are less sure (``report.briefing.uncertain``) apart from the others."""
    story = stories.story_row(store, story_id)
    if story is None:
        raise NotFound(f"no story with id {story_id[:64]!r}")
    rows = stories.story_measures(store, story.id)
    values = browse.measure_values(store, [m.id for m in rows])
    measures: dict[bool, list[dict]] = {False: [], True: []}
    for m in rows:
        item = _measure_dict(m, values.get(m.id, []), {story.id: story.label})
        if chart:
            item["chart"] = timeline(values.get(m.id, []), f"{item['title']}: {m.label}")
        measures[item["uncertain"]].append(item)
    return {"story": plain(story), "articles": [plain(a) for a in stories.story_articles(store, story.id)],
            "measures": measures[False], "uncertain": measures[True]}


def runs_data(store: Store, page, per_page, path="/runs") -> dict:
    runs = list(reversed(store.runs()))
    pager = Page(len(runs), page, per_page, path, {})
    items = []
    for run in runs[pager.offset:pager.offset + per_page]:
        item = plain(run)
        item["started"] = run.started.isoformat() if run.started else None
        item["finished"] = run.finished.isoformat() if run.finished else None
        item["inputs"], item["components"] = list(run.inputs), list(run.components)
        item["skipped_items"] = [{"where": s.where, "reason": s.reason} for _, s in store.skipped(run.id)]
        items.append(item)
    return {"page": pager, "items": items, "stats": store.stats()}


def reviews_data(store: Store, article_id: str | None = None, target_id: str | None = None) -> dict:
    return {"items": [review_dict(r) for r in reviews(store, article_id=article_id, target_id=target_id)]}
