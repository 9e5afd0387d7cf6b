"""What pages and their JSON twins show, gathered from the store as plain dicts and records.

Every page's data comes from one function here; the HTML route renders it with a template and
the /api route returns it as JSON, so the two cannot drift apart.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ..model import FIGURE_FIELDS, Article, Attribution, Extraction
from ..reconcile.sources import SOURCE_TYPE_TITLES, count_types, source_type
from ..report.briefing import format_figure, format_interval
from ..store import Store
from ..store.browse import figure_measures, speaker_fields
from ..store.reviews import Review, reviews

__all__ = ["ArticleView", "Page", "article_dict", "article_view", "highlight", "marked", "plain", "review_dict",
           "safe_url"]

#: distinct highlight colours for speakers (CSS classes c0..c15 in app.css); beyond them the
#: speaker's initials (shown on hover, focus and selection) and name (title) tell them apart
PALETTE_SIZE = 16
_SMALL_WORDS = frozenset({"the", "of", "and", "for", "a", "an", "in", "on", "at", "to"})


def initials(name: str | None) -> str:
    """Two letters for a speaker: ``Mara Quill`` -> ``MQ``, ``Red Cross`` -> ``RC``,
    ``Engineers`` -> ``En``; ``?`` when there is no name."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name or "") if w.casefold() not in _SMALL_WORDS]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].capitalize()
    return (words[0][0] + words[-1][0]).upper()


@dataclass(frozen=True)
class Page:
    """One page of a paginated list: numbers and links that keep the other query parameters."""

    total: int
    page: int
    per_page: int
    path: str
    params: Mapping[str, str]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def url(self, page: int) -> str:
        params = {k: v for k, v in self.params.items() if v not in (None, "")}
        params.update(page=str(page), per_page=str(self.per_page))
        return f"{self.path}?{urlencode(params)}"

    @property
    def prev(self) -> str | None:
        return self.url(self.page - 1) if self.page > 1 else None

    @property
    def next(self) -> str | None:
        return self.url(self.page + 1) if self.page < self.pages else None

    def as_dict(self) -> dict:
        return {"total": self.total, "page": self.page, "per_page": self.per_page, "pages": self.pages,
                "prev": self.prev, "next": self.next}


def plain(record) -> dict:
    """A flat dataclass record as a dict (shallow: ``dataclasses.asdict`` deep-copies every
    value, which costs more than the query on a page of 200 values)."""
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def safe_url(url: str | None) -> str | None:
    """An article's URL if it may become a link (http or https only: never javascript:)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def marked(passage: str | None, highlights) -> Markup:
    """A search passage as HTML, the words found in ``<mark>``: every piece of the (untrusted)
    text escaped first, the only markup added being the marks themselves."""
    if not passage:
        return Markup("")
    out, at = [], 0
    for start, end in sorted((max(0, int(s)), min(len(passage), int(e))) for s, e in highlights or ()):
        if start < at or end <= start:
            continue
        out.append(escape(passage[at:start]))
        out.append(Markup("<mark>") + escape(passage[start:end]) + Markup("</mark>"))
        at = end
    out.append(escape(passage[at:]))
    return Markup("").join(out)


def review_dict(r: Review) -> dict:
    return {"id": r.id, "target_type": r.target_type, "target_id": r.target_id, "article_id": r.article_id,
            "status": r.status, "note": r.note, "reviewer": r.reviewer, "created": r.created.isoformat()}


def article_dict(a: Article) -> dict:
    return {"id": a.id, "document": a.document, "title": a.title, "outlet": a.outlet, "url": a.url,
            "published": a.published, "published_estimated": a.published_estimated, "language": a.language,
            "origin": a.origin.describe()}


@dataclass(frozen=True)
class ArticleView:
    article: Article
    attributions: list[dict]
    figures: list[dict]
    speakers: list[dict]  # legend: {key, name, speaker_id, colour, statements, source_type}
    html: Markup  # the text with highlights, every piece escaped
    reviews: dict[str, list[dict]]  # local id -> history, oldest first
    quoted: list[dict] = field(default_factory=list)  # who is quoted: {source_type, title, statements}
    story: dict | None = None  # the story the article is in: {id, label, first, last, articles, measures}

    def as_json(self) -> dict:
        return {"article": {**article_dict(self.article), "text": self.article.text},
                "attributions": self.attributions, "figures": self.figures, "speakers": self.speakers,
                "reviews": [r for rs in self.reviews.values() for r in rs], "quoted": self.quoted,
                "story": self.story}


def _span(s) -> dict | None:
    return s.as_dict() if s is not None else None


def article_view(store: Store, article: Article) -> ArticleView:
    ext = store.extraction(article.id, article.text)
    speaker_ids = store.speaker_ids(article.id)
    fields = speaker_fields(store, speaker_ids.values())  # name, kind, affiliation, written forms
    names = {sid: found[0] for sid, found in fields.items()}
    in_measures = figure_measures(store, [f"{article.id}:{f.id}" for f in ext.figures])
    history: dict[str, list[dict]] = {}
    for r in reviews(store, article_id=article.id):
        history.setdefault(r.target_id.rsplit(":", 1)[-1], []).append(review_dict(r))

    colours: dict[str, int] = {}
    legend: list[dict] = []

    def colour(att: Attribution) -> int:
        key = speaker_ids.get(att.id) or f"name:{att.speaker or '?'}"
        if key not in colours:
            colours[key] = len(colours) % PALETTE_SIZE
            sid = speaker_ids.get(att.id)
            name = (names.get(sid) if sid else None) or att.speaker or "(unresolved)"
            legend.append({"key": key, "name": name, "speaker_id": sid, "colour": colours[key], "statements": 0,
                           "initials": initials(name if name != "(unresolved)" else None)})
        legend[[s["key"] for s in legend].index(key)]["statements"] += 1
        return colours[key]

    attributions = []
    colour_of: dict[str, int] = {}
    types: list[str] = []
    for att in ext.attributions:
        sid = speaker_ids.get(att.id)
        name = names.get(sid) if sid else None
        colour_of[att.id] = colour(att)
        if sid in fields:  # the merged speaker: the type the briefing and the outlet table give
            kind = source_type(*fields[sid])
        else:
            kind = source_type(att.speaker, att.speaker_kind, att.affiliation) if att.speaker else "unknown"
        types.append(kind)
        legend[[s["key"] for s in legend].index(sid or f"name:{att.speaker or '?'}")]["source_type"] = kind
        attributions.append({
            "source_type": kind,
            "id": f"{article.id}:{att.id}", "local_id": att.id, "kind": att.kind, "speaker": att.speaker,
            "speaker_id": sid, "speaker_name": name, "speaker_kind": att.speaker_kind,
            "affiliation": att.affiliation, "source": _span(att.source), "cue": _span(att.cue),
            "contents": [c.as_dict() for c in att.contents], "medium": att.medium, "relayed_by": att.relayed_by,
            "confidence": att.confidence, "parent": att.parent, "colour": colour_of[att.id],
            "initials": initials(name or att.speaker),
        })
    figures = []
    for fig in ext.figures:
        gid = f"{article.id}:{fig.id}"
        figures.append({
            "id": gid, "local_id": fig.id, "written": fig.span.text, "span": fig.span.as_dict(),
            **{name: getattr(fig, name) for name in FIGURE_FIELDS}, "interval": format_interval(fig),
            "reading": format_figure(fig),
            "speaker_id": speaker_ids.get(fig.attribution) if fig.attribution else None,
            "sentence": _span(fig.sentence),
            "measures": [{"id": m, "label": label, "verdict": v} for m, label, v in in_measures.get(gid, [])],
        })
    labels: dict[str, tuple[str, str]] = {}
    for att in ext.attributions:
        name = names.get(speaker_ids.get(att.id) or "") or att.speaker
        labels[att.id] = (name or "unresolved speaker", initials(name))
    html = highlight(article.text, ext, colour_of, labels)
    quoted = [{"source_type": kind, "title": SOURCE_TYPE_TITLES.get(kind, kind), "statements": n}
              for kind, n in count_types(types)]
    return ArticleView(article, attributions, figures, legend, html, history, quoted)


# -- the highlighted text ----------------------------------------------------------------------
# Hand-written: spans overlap (a figure inside a quote, a quote inside a quote), so the text is
# cut at every span boundary and each piece wrapped in its innermost attribution and figure.

def _marks(ext: Extraction) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str]]]:
    parts = []
    for att in ext.attributions:
        for role, span in (("source", att.source), ("cue", att.cue), *(("content", c) for c in att.contents)):
            if span is not None and span.end > span.start:
                parts.append((span.start, span.end, att.id, role))
    figs = [(f.span.start, f.span.end, f.id) for f in ext.figures if f.span.end > f.span.start]
    return parts, figs


def _innermost(marks, start: int, end: int, nested: Set[str] = frozenset()):
    """The smallest mark holding [start, end); on a tie, a nested statement's (it is drawn
    inside its parent, never in the parent's colour)."""
    best = None
    for mark in marks:
        if mark[0] <= start and end <= mark[1]:
            size = (mark[1] - mark[0], mark[2] not in nested)
            if best is None or size < best[0]:
                best = (size, mark)
    return best[1] if best else None


def highlight(text: str, ext: Extraction, colours: Mapping[str, int],
              labels: Mapping[str, tuple[str, str]] | None = None) -> Markup:
    """The article text as HTML: attributions as coloured spans, figures as marks, each piece
    carrying ``data-ref`` (the record's local id); the first piece of each record gets the id
    ``hl-<local id>`` and is focusable. ``labels`` (local id -> speaker name, initials) puts the
    speaker's name in each piece's title and the initials on the first piece (``data-initials``,
    shown by CSS on hover, focus and selection); a nested statement's pieces get the class
    ``nested``. Every piece of text is escaped."""
    labels = labels or {}
    parents = {a.id: a.parent for a in ext.attributions if a.parent}
    parts, figs = _marks(ext)
    n = len(text)
    cuts = sorted({0, n, *(min(max(p, 0), n) for m in parts + figs for p in m[:2])})
    seen: set[str] = set()
    out: list[str] = []

    def opener(tag: str, ref: str, classes: str, label: str, who: tuple[str, str] | None = None) -> str:
        first = ref not in seen
        seen.add(ref)
        extra = f' title="{escape(who[0])}"' if who else ""
        if first:
            extra += f' id="hl-{escape(ref)}" tabindex="0" role="button" aria-label="{escape(label)}"'
            if who:
                extra += f' data-initials="{escape(who[1])}"'
        return f'<{tag} class="{classes}" data-ref="{escape(ref)}"{extra}>'

    for start, end in itertools.pairwise(cuts):
        piece = escape(text[start:end])
        att = _innermost(parts, start, end, parents.keys())
        fig = _innermost(figs, start, end)
        if fig is not None:
            piece = Markup(opener("mark", fig[2], "hl fig", f"figure {fig[2]}")) + piece + Markup("</mark>")
        if att is not None:
            local = att[2]
            nested = " nested" if local in parents else ""
            classes = f"hl att {att[3]} c{colours.get(local, 0)}{nested}"
            who = labels.get(local)
            label = f"statement {local}" + (f" by {who[0]}" if who else "")
            if local in parents:
                label += f", inside statement {parents[local]}"
            piece = Markup(opener("span", local, classes, label, who)) + piece + Markup("</span>")
        out.append(str(piece))
    return Markup("".join(out))
