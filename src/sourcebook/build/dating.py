"""The last resort for an article's publication date: an estimate from its own text.

An article that arrives without a date (no flag, sidecar, row field or HTML metadata, none in
its URL or file name: ``ingest.articles.publication_date``) is dated from the evidence its
text gives (``reconcile.dates.estimate_date``): a dateline, an embedded post's date, a
weekday date. Nothing else in the build is looked at, so an article gets the same date
whatever it is built with and whichever engine builds it; without evidence it stays undated.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Article
from ..reconcile.dates import estimate_date

__all__ = ["date_article"]


def date_article(article: Article) -> Article:
    """``article`` itself when it has a date, else with the date its text gives evidence for
    (source "estimate", with the evidence and a confidence), else unchanged (undated)."""
    if article.published:
        return article
    found = estimate_date(article.text)
    if found is None:
        return article
    return replace(article, published=found.published, published_estimated=True, published_source="estimate",
                   published_evidence=found.evidence, published_confidence=found.confidence)
