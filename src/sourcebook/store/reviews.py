"""Reviews of attributions and figures: written beside what was extracted, never over it, and
read back as a history, oldest first. Parameterised SQL only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..errors import NotFound, SettingsError, StoreError
from . import schema as t
from .engine import writing

if TYPE_CHECKING:
    from . import Store

__all__ = ["Review", "add_review", "reviews"]


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


def add_review(store: Store, target_id: str, status: str, reviewer: str, note: str = "") -> Review:
    """Record a review of an attribution or figure (global id); extracted data is untouched.
    Raises ``SettingsError`` for an unknown status, ``NotFound`` for an unknown target."""
    if status not in t.REVIEW_STATUSES:
        raise SettingsError(f"unknown review status {status!r}; valid: {', '.join(t.REVIEW_STATUSES)}")
    with writing(store.engine) as conn:
        target_type = None
        for kind, table in (("attribution", t.attributions), ("figure", t.figures)):
            row = conn.execute(select(table.c.article_id).where(table.c.id == target_id)).first()
            if row:
                target_type, article_id = kind, row[0]
                break
        if target_type is None:
            raise NotFound(f"no attribution or figure with id {target_id!r}")
        values = dict(target_type=target_type, target_id=target_id, article_id=article_id, status=status,
                      note=note, reviewer=reviewer, created=datetime.now(UTC))
        key = conn.execute(t.reviews.insert().values(**values)).inserted_primary_key
        if key is None:  # every supported database returns the new row's id
            raise StoreError("the store did not return the new review's id")
        review_id = key[0]
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
