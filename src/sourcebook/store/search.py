"""Finding articles and reviewing records: full-text search (SQLite FTS5, PostgreSQL
to_tsvector), filters, pagination, and the review history. Parameterised SQL only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import and_, func, select, text

from ..errors import SettingsError
from . import Store
from . import schema as t

__all__ = ["ArticleHit", "Review", "add_review", "reviews", "search_articles"]


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


@dataclass(frozen=True)
class Review:
    id: int
    target_type: str
    target_id: str
    article_id: str
    status: str
    note: str
    reviewer: str
    created: datetime


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
    conditions = []
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
    return total, hits


def outlets(store: Store) -> list[str]:
    a = t.articles
    with store.engine.connect() as conn:
        return list(conn.execute(select(a.c.outlet).where(a.c.outlet.is_not(None)).distinct().order_by(a.c.outlet)).scalars())


def add_review(store: Store, target_id: str, status: str, reviewer: str, note: str = "") -> Review:
    """Record a review of an attribution or figure (global id); extracted data is untouched."""
    if status not in t.REVIEW_STATUSES:
        raise SettingsError(f"unknown review status {status!r}; valid: {', '.join(t.REVIEW_STATUSES)}")
    with store.engine.begin() as conn:
        target_type = None
        for kind, table in (("attribution", t.attributions), ("figure", t.figures)):
            row = conn.execute(select(table.c.article_id).where(table.c.id == target_id)).first()
            if row:
                target_type, article_id = kind, row[0]
                break
        if target_type is None:
            raise SettingsError(f"no attribution or figure with id {target_id!r}")
        values = dict(target_type=target_type, target_id=target_id, article_id=article_id, status=status,
                      note=note, reviewer=reviewer, created=datetime.now(timezone.utc))
        review_id = conn.execute(t.reviews.insert().values(**values)).inserted_primary_key[0]
    return Review(id=int(review_id), **values)


def reviews(store: Store, article_id: str | None = None, target_id: str | None = None) -> list[Review]:
    """Review history, oldest first."""
    query = select(t.reviews).order_by(t.reviews.c.created, t.reviews.c.id)
    if article_id:
        query = query.where(t.reviews.c.article_id == article_id)
    if target_id:
        query = query.where(t.reviews.c.target_id == target_id)
    with store.engine.connect() as conn:
        return [Review(**row) for row in conn.execute(query).mappings()]
