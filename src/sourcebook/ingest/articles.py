"""Build Article records from text and metadata, whatever reader found them."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Article, Origin, Skipped
from ..settings import Settings
from .dates import normalise_date
from .ids import article_id

META_KEYS = ("title", "outlet", "url", "published")


def make_article(
    text: str,
    stem: str,
    origin: Origin,
    settings: Settings,
    meta: Mapping[str, object] | None = None,
) -> Article | Skipped:
    """An Article for ``text``, or Skipped when there is nothing to store.

    Metadata precedence: command-line flags, then ``meta`` (sidecar, row or HTML metadata).
    """
    where = origin.describe()
    if not text.strip():
        return Skipped(where, "empty: no text to extract from")
    size = len(text.encode("utf-8"))
    if size > settings.max_bytes:
        return Skipped(where, f"too large: {size:,} bytes of text, over the limit of {settings.max_bytes:,} (--max-bytes)")
    merged = {key: _clean(meta.get(key)) if meta else None for key in META_KEYS}
    for key in META_KEYS:
        flag = getattr(settings.metadata, key)
        if flag:
            merged[key] = flag
    return Article(
        id=article_id(text),
        text=text,
        stem=stem,
        title=merged["title"],
        outlet=merged["outlet"],
        url=merged["url"] or origin.url,
        published=normalise_date(merged["published"]),
        origin=origin,
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
