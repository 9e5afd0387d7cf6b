"""Browsing the store: every query the web app and search run beyond ``Store``'s own reads.

Full-text search of articles (SQLite FTS5, PostgreSQL to_tsvector) with filters, the outlets,
one page of speakers, a speaker's statements, one page of measures with their values, which
measures a figure belongs to. SQLAlchemy Core on the store's engine, parameterised SQL only,
one query per page section (never one per row), so pages stay fast on large stores.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, case, distinct, func, select, text

from ..model import VERDICT_ORDER, Speaker, document_name
from . import schema as t

if TYPE_CHECKING:
    from . import Store

__all__ = [
    "ArticleHit",
    "MeasureRow",
    "QuotedRow",
    "SpeakerRow",
    "StatementRow",
    "ValueRow",
    "figure_measures",
    "list_measures",
    "list_speakers",
    "measure_row",
    "measure_values",
    "outlets",
    "quoted_by_outlet",
    "search_articles",
    "speaker",
    "speaker_fields",
    "speaker_statements",
    "verdict_rank",
]


@dataclass(frozen=True)
class ArticleHit:
    id: str
    stem: str
    title: str | None
    outlet: str | None
    published: str | None
    published_estimated: bool
    attributions: int
    figures: int
    #: for a search: a passage of the text around the words found, plain text, and where in it
    #: those words are, as (start, end) offsets (the page marks them; nothing here is markup)
    snippet: str | None = None
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SpeakerRow:
    id: str
    name: str
    kind: str | None
    affiliation: str | None
    statements: int
    articles: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuotedRow:
    """Statements of one outlet by one speaker (``speaker_id`` None: no speaker found)."""

    outlet: str | None
    speaker_id: str | None
    name: str | None
    kind: str | None
    affiliation: str | None
    statements: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatementRow:
    id: str
    article_id: str
    local_id: str
    kind: str
    cue: str | None
    source: str | None
    contents: tuple[str, ...]
    medium: str | None
    relayed_by: str | None
    document: str
    title: str | None
    published: str | None
    offset: int


@dataclass(frozen=True)
class MeasureRow:
    id: str
    label: str
    verdict: str
    why: str
    members: int
    confidence: float | None = None  # how sure the verdict is, 0-1; None: not rated
    story_id: str | None = None


@dataclass(frozen=True)
class ValueRow:
    """One figure of a measure, with what the measures page shows beside it."""

    figure_id: str
    article_id: str
    local_id: str
    written: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    time: str | None
    time_start: str | None
    time_end: str | None
    according_to: str | None
    relayed_by: str | None
    place: str | None
    document: str
    outlet: str | None
    published: str | None
    published_estimated: bool
    sentence: str


# -- articles ----------------------------------------------------------------------------------

def _fts_query(q: str) -> str:
    """User words as an FTS5 query of quoted terms (no FTS syntax reaches SQLite)."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)


def search_articles(
    store: Store,
    q: str | None = None,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[ArticleHit]]:
    """(total matching, one page of hits), newest first."""
    a = t.articles
    conditions: list[ColumnElement[bool]] = []
    if q and q.strip():
        if store.engine.dialect.name == "sqlite":
            match = _fts_query(q)
            if not match:
                return 0, []
            ids = select(text("article_id")).select_from(text(t.FTS_TABLE)).where(text(f"{t.FTS_TABLE} MATCH :match"))
            conditions.append(a.c.id.in_(ids.params(match=match)))
        else:
            document = func.to_tsvector("english", func.coalesce(a.c.title, "") + " " + a.c.text)
            conditions.append(document.bool_op("@@")(func.plainto_tsquery("english", q)))
    if outlet:
        conditions.append(a.c.outlet == outlet)
    if date_from:
        conditions.append(a.c.published >= date_from)
    if date_to:
        conditions.append(a.c.published <= date_to)
    where = and_(True, *conditions)
    n_att = select(func.count()).where(t.attributions.c.article_id == a.c.id).scalar_subquery()
    n_fig = select(func.count()).where(t.figures.c.article_id == a.c.id).scalar_subquery()
    query = (
        select(a.c.id, a.c.stem, a.c.title, a.c.outlet, a.c.published, a.c.published_estimated,
               n_att.label("attributions"), n_fig.label("figures"))
        .where(where)
        .order_by(a.c.published.desc().nulls_last(), a.c.stem, a.c.id)
        .limit(limit).offset(offset)
    )
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(a).where(where)).scalar_one()
        hits = [ArticleHit(**{**row, "published_estimated": bool(row["published_estimated"])})
                for row in conn.execute(query).mappings()]
        if q and q.strip() and hits:
            found = _snippets(conn, q, [h.id for h in hits])
            hits = [replace(h, snippet=found[h.id][0], highlights=found[h.id][1]) if h.id in found else h
                    for h in hits]
    return total, hits


#: where the database marks the words found: private-use characters, then cut out in Python
#: (the database never writes markup, so nothing it returns needs trusting)
_START, _STOP = "\ue000", "\ue001"
_SNIPPET_WORDS = 24


def _snippets(conn, q: str, ids: list[str]) -> dict[str, tuple[str, tuple[tuple[int, int], ...]]]:
    """article id -> (passage around the words found, their offsets in it), for ``ids``:
    FTS5 ``snippet()`` on SQLite, ``ts_headline`` on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        fts = t.FTS_TABLE
        rows = conn.execute(
            text(f"SELECT article_id, snippet({fts}, -1, :start, :stop, '…', :words) FROM {fts} "
                 f"WHERE {fts} MATCH :match AND article_id IN ({', '.join(f':id{i}' for i in range(len(ids)))})"),
            {"start": _START, "stop": _STOP, "words": _SNIPPET_WORDS, "match": _fts_query(q),
             **{f"id{i}": v for i, v in enumerate(ids)}})
    else:
        a = t.articles
        options = (f"StartSel={_START}, StopSel={_STOP}, MaxWords={_SNIPPET_WORDS}, MinWords=10, "
                   "MaxFragments=2, FragmentDelimiter=\" … \"")
        headline = func.ts_headline("english", a.c.text, func.plainto_tsquery("english", q), options)
        rows = conn.execute(select(a.c.id, headline).where(a.c.id.in_(ids)))
    return {article_id: _marked(raw or "") for article_id, raw in rows}


def _marked(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A passage with the database's marks -> (plain passage, offsets of the marked words)."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    at, start = 0, None
    for piece in re.split(f"([{_START}{_STOP}])", raw):
        if piece == _START:
            start = at
        elif piece == _STOP:
            if start is not None and at > start:
                spans.append((start, at))
            start = None
        else:
            piece = re.sub(r"\s+", " ", piece)
            plain.append(piece)
            at += len(piece)
    return "".join(plain), tuple(spans)


def outlets(store: Store) -> list[str]:
    """Every outlet named by a stored article, in alphabetical order."""
    a = t.articles
    with store.engine.connect() as conn:
        return list(conn.execute(select(a.c.outlet).where(a.c.outlet.is_not(None)).distinct().order_by(a.c.outlet)).scalars())


# -- speakers, statements, measures -------------------------------------------------------------

def _document(stem: str, path: str | None, line: int | None) -> str:
    return document_name(stem, path, line)


def speaker_fields(store: Store, ids: Iterable[str]) -> dict[str, tuple[str, str | None, str | None, tuple[str, ...]]]:
    """speaker id -> (name, kind, affiliation, written forms): what a source type reads, the
    same fields ``quoted_by_outlet`` gives, so an article's and an outlet's counts agree."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    s = t.speakers
    with store.engine.connect() as conn:
        rows = conn.execute(select(s.c.id, s.c.name, s.c.kind, s.c.affiliation).where(s.c.id.in_(wanted))).all()
        written = _written_forms(conn, wanted)
    return {sid: (name, kind, affiliation, tuple(written.get(sid, ()))) for sid, name, kind, affiliation in rows}


def figure_measures(store: Store, figure_ids: Sequence[str]) -> dict[str, list[tuple[str, str, str]]]:
    """figure global id -> [(measure id, label, verdict)] for the given figures (looked up by
    figure id, which is indexed)."""
    if not figure_ids:
        return {}
    mm, m = t.measure_members, t.measures
    query = (select(mm.c.figure_id, m.c.id, m.c.label, m.c.verdict)
             .join(m, m.c.id == mm.c.measure_id)
             .where(mm.c.figure_id.in_(list(figure_ids)))
             .order_by(mm.c.figure_id, m.c.id))
    found: dict[str, list[tuple[str, str, str]]] = {}
    with store.engine.connect() as conn:
        for figure_id, measure_id, label, verdict in conn.execute(query):
            found.setdefault(figure_id, []).append((measure_id, label, verdict))
    return found


def list_speakers(store: Store, q: str | None, limit: int, offset: int) -> tuple[int, list[SpeakerRow]]:
    """(total, one page of speakers), most statements first; ``q`` filters on the name."""
    s, a = t.speakers, t.attributions
    where = [s.c.name.ilike(f"%{_like(q)}%", escape="\\")] if q and q.strip() else []
    n_statements = func.count(a.c.id).label("statements")
    n_articles = func.count(distinct(a.c.article_id)).label("articles")
    query = (select(s.c.id, s.c.name, s.c.kind, s.c.affiliation, n_statements, n_articles)
             .select_from(s.outerjoin(a, a.c.speaker_id == s.c.id))
             .where(*where)
             .group_by(s.c.id, s.c.name, s.c.kind, s.c.affiliation)
             .order_by(n_statements.desc(), s.c.name, s.c.id)
             .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(s).where(*where)).scalar_one()
        rows = conn.execute(query).mappings().all()
        aliases = _written_forms(conn, [r["id"] for r in rows])
    return total, [SpeakerRow(**row, aliases=tuple(aliases.get(row["id"], ()))) for row in rows]


def quoted_by_outlet(store: Store) -> list[QuotedRow]:
    """Statements per outlet and speaker, for 'who is quoted' (one grouped query, then the
    speakers' written forms, which a source type reads)."""
    s, a, ar = t.speakers, t.attributions, t.articles
    n_statements = func.count(a.c.id).label("statements")
    query = (select(ar.c.outlet, s.c.id.label("speaker_id"), s.c.name, s.c.kind, s.c.affiliation, n_statements)
             .select_from(a.join(ar, ar.c.id == a.c.article_id).outerjoin(s, s.c.id == a.c.speaker_id))
             .group_by(ar.c.outlet, s.c.id, s.c.name, s.c.kind, s.c.affiliation))
    with store.engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
        aliases = _written_forms(conn, sorted({r["speaker_id"] for r in rows if r["speaker_id"]}))
    return [QuotedRow(**row, aliases=tuple(aliases.get(row["speaker_id"] or "", ()))) for row in rows]


#: source words that are not a way of writing a name ("he said", "they told")
_NOT_NAMES = frozenset("he she they it we i you him her them us his its their our this that these those".split())


def _written_forms(conn, speaker_ids: Sequence[str]) -> dict[str, list[str]]:
    """speaker id -> its aliases: the stored ones, then the other ways the articles wrote the
    speaker ("Veltri", "Mayor Tomas Reindl"), without pronouns or variants of the name or of
    one another. (Reconciliation merges name variants but is handed each statement's resolved
    name, not its source as written, so the stored aliases of a real build hold no variant.)"""
    if not speaker_ids:
        return {}
    s, sa, a = t.speakers, t.speaker_aliases, t.attributions
    ids = list(speaker_ids)
    names = dict(conn.execute(select(s.c.id, s.c.name).where(s.c.id.in_(ids))).all())
    found: dict[str, list[str]] = {}
    for speaker_id, alias in conn.execute(select(sa.c.speaker_id, sa.c.alias).where(sa.c.speaker_id.in_(ids))
                                          .order_by(sa.c.alias)):
        found.setdefault(speaker_id, []).append(alias)
    written: dict[str, set[str]] = {}
    query = (select(a.c.speaker_id, a.c.source_text).where(a.c.speaker_id.in_(ids), a.c.source_text.is_not(None))
             .distinct())
    for speaker_id, source in conn.execute(query):
        written.setdefault(speaker_id, set()).add(_name_part(source, names.get(speaker_id) or ""))
    for speaker_id, forms in written.items():
        known = found.setdefault(speaker_id, [])
        seen = {_bare(f).casefold() for f in [names.get(speaker_id) or "", *known]}
        for form in sorted(forms):
            key = form.casefold()
            if form and key not in seen and key not in _NOT_NAMES and len(form) <= 120:
                seen.add(key)
                known.append(form)
    return found


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _bare(form: str) -> str:
    """A form without a leading article ("The Red Cross" -> "Red Cross")."""
    return _DETERMINER.sub("", " ".join(form.split()))


def _name_part(form: str, name: str) -> str:
    """The part of a source as written that names the speaker: "Hana Veltri, the agency's
    director" -> "Hana Veltri" (the part sharing a word with the name, else the first)."""
    parts = [_bare(p) for p in form.split(",") if p.strip()] or [""]
    words = {w.casefold() for w in name.split()}
    return next((p for p in parts if words & {w.casefold() for w in p.split()}), parts[0])


def _like(q: str) -> str:
    """User text for a LIKE pattern: its wildcards matched literally."""
    return q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def speaker(store: Store, speaker_id: str) -> Speaker | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(t.speakers).where(t.speakers.c.id == speaker_id)).mappings().first()
        if row is None:
            return None
        aliases = _written_forms(conn, [speaker_id]).get(speaker_id, [])
    return Speaker(row["id"], row["name"], row["kind"], row["affiliation"], tuple(aliases))


def speaker_statements(store: Store, speaker_id: str, limit: int, offset: int) -> tuple[int, list[StatementRow]]:
    """(total, one page of a speaker's statements across articles), oldest article first."""
    a, art = t.attributions, t.articles
    where = a.c.speaker_id == speaker_id
    query = (select(a.c.id, a.c.article_id, a.c.local_id, a.c.kind, a.c.cue_text, a.c.source_text, a.c.contents,
                    a.c.medium, a.c.relayed_by, a.c.source_start, a.c.cue_start,
                    art.c.stem, art.c.origin_path, art.c.origin_line, art.c.title, art.c.published)
             .join(art, art.c.id == a.c.article_id)
             .where(where)
             .order_by(art.c.published.asc().nulls_last(), art.c.stem, a.c.article_id, a.c.source_start, a.c.id)
             .limit(limit).offset(offset))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(a).where(where)).scalar_one()
        rows = conn.execute(query).mappings().all()
    statements = []
    for r in rows:
        contents = json.loads(r["contents"] or "[]")
        offset_at = contents[0]["start"] if contents else (r["cue_start"] or r["source_start"] or 0)
        statements.append(StatementRow(
            id=r["id"], article_id=r["article_id"], local_id=r["local_id"], kind=r["kind"], cue=r["cue_text"],
            source=r["source_text"], contents=tuple(c["text"] for c in contents), medium=r["medium"],
            relayed_by=r["relayed_by"], document=_document(r["stem"], r["origin_path"], r["origin_line"]),
            title=r["title"], published=r["published"], offset=offset_at,
        ))
    return total, statements


def verdict_rank():
    return case({v: i for i, v in enumerate(VERDICT_ORDER)}, value=t.measures.c.verdict, else_=len(VERDICT_ORDER))


def list_measures(store: Store, verdict: str | None, limit: int, offset: int) -> tuple[int, list[MeasureRow]]:
    """(total, one page of measures), conflicts first, then by label. The page is cut first and
    members counted for its rows only (SQLite would count for every row before sorting)."""
    m, mm = t.measures, t.measure_members
    where = [m.c.verdict == verdict] if verdict else []
    rank = verdict_rank().label("rank")
    page = (select(m.c.id, m.c.label, m.c.verdict, m.c.why, m.c.confidence, m.c.story_id, rank).where(*where)
            .order_by(rank, m.c.label, m.c.id).limit(limit).offset(offset).subquery())
    members = select(func.count()).where(mm.c.measure_id == page.c.id).scalar_subquery()
    query = (select(page.c.id, page.c.label, page.c.verdict, page.c.why, members.label("members"),
                    page.c.confidence, page.c.story_id)
             .order_by(page.c.rank, page.c.label, page.c.id))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(m).where(*where)).scalar_one()
        return total, [MeasureRow(**row) for row in conn.execute(query).mappings()]


def measure_row(store: Store, measure_id: str) -> MeasureRow | None:
    m, mm = t.measures, t.measure_members
    members = select(func.count()).where(mm.c.measure_id == m.c.id).scalar_subquery()
    query = select(m.c.id, m.c.label, m.c.verdict, m.c.why, members.label("members"), m.c.confidence,
                   m.c.story_id).where(m.c.id == measure_id)
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    return MeasureRow(**row) if row else None


def measure_values(store: Store, measure_ids: Sequence[str]) -> dict[str, list[ValueRow]]:
    """measure id -> its figures with source, date and sentence, in one query."""
    if not measure_ids:
        return {}
    mm, f, art, att = t.measure_members, t.figures, t.articles, t.attributions
    sentence = func.substr(art.c.text, f.c.sentence_start + 1, f.c.sentence_end - f.c.sentence_start)
    query = (
        select(mm.c.measure_id, f.c.id, f.c.article_id, f.c.local_id, f.c.text, f.c.value, f.c.low, f.c.high,
               f.c.qualifier, f.c.unit, f.c.time, f.c.time_start, f.c.time_end, f.c.according_to, f.c.place,
               att.c.relayed_by, art.c.stem, art.c.origin_path, art.c.origin_line, art.c.outlet, art.c.published,
               art.c.published_estimated, sentence.label("sentence"))
        .select_from(mm.join(f, f.c.id == mm.c.figure_id).join(art, art.c.id == f.c.article_id)
                     .outerjoin(att, (att.c.article_id == f.c.article_id) & (att.c.local_id == f.c.attribution)))
        .where(mm.c.measure_id.in_(list(measure_ids)))
        .order_by(mm.c.measure_id, art.c.published.asc().nulls_last(), art.c.stem, f.c.start)
    )
    found: dict[str, list[ValueRow]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(query).mappings():
            found.setdefault(r["measure_id"], []).append(ValueRow(
                figure_id=r["id"], article_id=r["article_id"], local_id=r["local_id"], written=r["text"],
                value=r["value"], low=r["low"], high=r["high"], qualifier=r["qualifier"], unit=r["unit"],
                time=r["time"], time_start=r["time_start"], time_end=r["time_end"],
                according_to=r["according_to"], relayed_by=r["relayed_by"], place=r["place"],
                document=_document(r["stem"], r["origin_path"], r["origin_line"]), outlet=r["outlet"],
                published=r["published"], published_estimated=bool(r["published_estimated"]),
                sentence=" ".join((r["sentence"] or "").split()),
            ))
    return found
