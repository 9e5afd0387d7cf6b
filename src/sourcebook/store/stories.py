"""Browsing stories: one page of stories, one story with its articles in time order and the
measures that formed in it, and the story an article is in. Like ``browse``: SQLAlchemy Core
on the store's engine, one query per page section."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ..model import document_name
from . import schema as t
from .browse import MeasureRow, verdict_rank

if TYPE_CHECKING:
    from . import Store

__all__ = ["StoryArticleRow", "StoryRow", "article_story", "list_stories", "story_articles", "story_labels",
           "story_measures", "story_row"]


@dataclass(frozen=True)
class StoryRow:
    id: str
    label: str
    first: str | None
    last: str | None
    articles: int
    measures: int


@dataclass(frozen=True)
class StoryArticleRow:
    id: str
    document: str
    title: str | None
    outlet: str | None
    published: str | None
    published_estimated: bool


def _rows(store: Store, where: list, limit: int | None = None, offset: int = 0) -> list[StoryRow]:
    s, m = t.stories, t.measures
    measures = select(func.count()).where(m.c.story_id == s.c.id).scalar_subquery()
    query = (select(s.c.id, s.c.label, s.c.first, s.c.last, s.c.articles, measures.label("measures")).where(*where)
             .order_by(s.c.articles.desc(), s.c.first.asc().nulls_last(), s.c.id).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return [StoryRow(**row) for row in conn.execute(query).mappings()]


def list_stories(store: Store, limit: int, offset: int) -> tuple[int, list[StoryRow]]:
    """(total, one page of stories), most articles first, then earliest first."""
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(t.stories)).scalar_one()
    return total, _rows(store, [], limit, offset)


def story_row(store: Store, story_id: str) -> StoryRow | None:
    found = _rows(store, [t.stories.c.id == story_id])
    return found[0] if found else None


def story_articles(store: Store, story_id: str) -> list[StoryArticleRow]:
    """The story's articles in time order (undated last)."""
    a, sa = t.articles, t.story_articles
    query = (select(a.c.id, a.c.stem, a.c.origin_path, a.c.origin_line, a.c.title, a.c.outlet, a.c.published,
                    a.c.published_estimated)
             .join(sa, sa.c.article_id == a.c.id).where(sa.c.story_id == story_id).order_by(sa.c.seq))
    with store.engine.connect() as conn:
        return [StoryArticleRow(r["id"], document_name(r["stem"], r["origin_path"], r["origin_line"]), r["title"],
                                r["outlet"], r["published"], bool(r["published_estimated"]))
                for r in conn.execute(query).mappings()]


def story_measures(store: Store, story_id: str) -> list[MeasureRow]:
    """The measures that formed in the story, conflicts first, then by label."""
    m, mm = t.measures, t.measure_members
    members = select(func.count()).where(mm.c.measure_id == m.c.id).scalar_subquery()
    query = (select(m.c.id, m.c.label, m.c.verdict, m.c.why, members.label("members"), m.c.confidence, m.c.story_id)
             .where(m.c.story_id == story_id).order_by(verdict_rank(), m.c.label, m.c.id))
    with store.engine.connect() as conn:
        return [MeasureRow(**row) for row in conn.execute(query).mappings()]


def article_story(store: Store, article_id: str) -> StoryRow | None:
    """The story an article is in, or None (a store not rebuilt since stories came)."""
    sa = t.story_articles
    found = _rows(store, [t.stories.c.id.in_(select(sa.c.story_id).where(sa.c.article_id == article_id))])
    return found[0] if found else None


def story_labels(store: Store, story_ids: Iterable[str | None]) -> dict[str, str]:
    """story id -> label, for the given stories (a page's measures name theirs)."""
    wanted = sorted({story_id for story_id in story_ids if story_id})
    if not wanted:
        return {}
    s = t.stories
    with store.engine.connect() as conn:
        return dict(conn.execute(select(s.c.id, s.c.label).where(s.c.id.in_(wanted))).all())
