"""Build Article records from text and metadata, whatever reader found them."""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Article, Origin, Skipped
from ..settings import Settings
from .dates import date_in_locator, normalise_date
from .entities import decode_references
from .ids import article_id
from .language import detect_language, other_language
from .marks import plain_marks
from .mojibake import repaired
from .wraps import unwrapped

META_KEYS = ("title", "outlet", "url", "published")


def make_article(
    text: str,
    stem: str,
    origin: Origin,
    settings: Settings,
    meta: Mapping[str, object] | None = None,
    page: bool = False,
) -> Article | Skipped:
    """An Article for ``text``, or Skipped when there is nothing to store: empty, too large,
    too thin (fewer words than ``settings.word_floor(page)``; ``page``: the text is what
    boilerplate removal kept of an HTML page) or in another language than the pipeline's.

    Metadata precedence: command-line flags, then ``meta`` (sidecar, row or HTML metadata).
    The publication date, with where it came from: that metadata, else a date in the URL,
    else one in the file name (for a JSONL/CSV row: its id, ``stem``). An article still
    undated here may get an estimate from its text when it is built (``build.dating``).
    """
    where = origin.describe()
    text = decode_references(text)  # ('&quot;' left in a text export: ``entities``)
    text = repaired(text)  # ('â€œWe will stay,â€\x9d' from UTF-8 read as Windows-1252: ``mojibake``)
    if not text.strip():
        return Skipped(where, "empty: no text to extract from")
    size = len(text.encode("utf-8"))
    if size > settings.max_bytes:
        return Skipped(where, f"too large: {size:,} bytes of text, over the limit of {settings.max_bytes:,} (--max-bytes)")
    words = len(text.split())
    if words < (floor := settings.word_floor(page)):
        return Skipped(where, f"too thin: {words} word(s) of main text, under {floor} (--min-words; 0 keeps all)")
    found = detect_language(text)
    if settings.language and not settings.any_language and (reason := other_language(found, settings.language)):
        return Skipped(where, reason)
    language = found.code if found and found.sure else (settings.language or "en")
    text = plain_marks(text, language)  # ('an\u00adnounced', '\u300cslogan\u300d' in English: ``marks``)
    text = unwrapped(text)  # (a .txt broken at 70 columns inside its sentences: ``wraps``)
    merged = {key: _clean(meta.get(key)) if meta else None for key in META_KEYS}
    for key in META_KEYS:
        flag = getattr(settings.metadata, key)
        if flag:
            merged[key] = flag
    url = merged["url"] or origin.url
    published, source = publication_date(normalise_date(merged["published"]), url, _file_name(origin, stem))
    return Article(
        id=article_id(text),
        text=text,
        stem=stem,
        title=merged["title"],
        outlet=merged["outlet"],
        url=url,
        published=published,
        published_source=source,
        language=language,
        origin=origin,
    )


def publication_date(metadata: str | None, url: str | None, file_name: str | None) -> tuple[str | None, str | None]:
    """The publication date and where it came from, most trusted first: ``metadata`` (an ISO
    date from a flag, sidecar, row field or HTML markup), a date in ``url``, a date in
    ``file_name``; (None, None) when none has one."""
    if metadata:
        return metadata, "metadata"
    for source, locator in (("url", url), ("file name", file_name)):
        if found := date_in_locator(locator):
            return found, source
    return None, None


def _file_name(origin: Origin, stem: str) -> str | None:
    """What names the article where it came from: the name of the file read whole, or a
    row's id (its ``stem``) for a JSONL/CSV row; None for standard input."""
    if origin.line is not None:
        return stem
    if origin.path and not origin.path.startswith("<"):
        return origin.path.replace("\\", "/").rsplit("/", 1)[-1]
    return None


def _clean(value: object) -> str | None:
    """Metadata as text; a value that is not text, a number or a date (an object, a list) is
    left out rather than stored as its repr."""
    if value is None or isinstance(value, (dict, list, tuple, set, bool)):
        return None
    text = str(value).strip()
    return text or None
