"""Estimated publication dates for undated articles, from the dates they mention.

An article that names no year takes the build's most common year. While the build streams,
that is the year seen so far; ``Dating.finish`` re-estimates the undated articles with the
year of the whole build (an article's own full date always wins).

``finish`` reads the undated articles back from the store (in chunks) rather than keeping
their texts in memory for the whole build: on a large crawl they may be most of it, and the
Dask engine's client never holds the texts at all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Protocol

from ..model import Article
from ..reconcile.dates import estimate_published, most_common_year, year_counts

__all__ = ["Dating"]


class ArticleSource(Protocol):
    """Where ``finish`` reads stored articles from (a ``Store``)."""

    def articles_by_id(self, ids: Iterable[str]) -> dict[str, Article]: ...


class Dating:
    """The running year counts of a build and the undated articles it estimated."""

    def __init__(self) -> None:
        self.years: Counter[int] = Counter()
        self.estimated: list[str] = []

    def hint(self) -> int | None:
        """The most common year so far (None before any year is seen)."""
        return most_common_year(self.years)

    def count(self, years: Mapping[int, int]) -> None:
        """Add an article's year counts (``reconcile.dates.year_counts``)."""
        self.years.update(years)

    def hint_for(self, article_id: str, dated: bool) -> int | None:
        """For an article read now: None when it has its own date, else (remembering it as
        estimated) the year its date is estimated with. Call after ``count``."""
        if dated:
            return None
        self.estimated.append(article_id)
        return self.hint()

    def date(self, article: Article) -> Article:
        """The article, dated: its own date, else an estimate with the year seen so far."""
        self.count(year_counts(article.text))
        if article.published:
            return article
        return estimate(article, self.hint_for(article.id, dated=False))

    def finish(self, store: ArticleSource, chunk: int = 500) -> list[Article]:
        """The undated articles of this build whose estimate changes with the year of the
        whole build, re-dated (the caller re-extracts them: relative times depend on it)."""
        final = self.hint()
        changed = []
        for i in range(0, len(self.estimated), chunk):
            ids = self.estimated[i : i + chunk]
            stored = store.articles_by_id(ids)
            for article_id in ids:
                article = stored.get(article_id)
                if article is None:
                    continue
                redated = estimate(article, final)
                if redated.published != article.published:
                    changed.append(redated)
        return changed


def estimate(article: Article, year: int | None) -> Article:
    """``article`` with its date estimated from its text, ``year`` standing in for a
    missing year."""
    found = estimate_published(article.text, year)
    return replace(article, published=found, published_estimated=found is not None)
