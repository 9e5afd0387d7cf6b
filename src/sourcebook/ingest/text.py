"""Plain-text articles, with metadata from a sidecar ``<file>.json`` when there is one."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, Origin, Skipped
from ..settings import Settings
from .articles import META_KEYS, make_article
from .decode import decode_bytes
from .files import regular_file, shown
from .titles import headline

log = logging.getLogger(__name__)


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """``story.txt.json`` and ``story.json``, in the order they are looked for."""
    return path.with_name(path.name + ".json"), path.with_suffix(".json")


#: a sidecar larger than this is not metadata
MAX_SIDECAR_BYTES = 1_000_000


def read_sidecar(path: Path) -> tuple[dict, Skipped | None]:
    """The metadata of ``path``'s sidecar, and what was wrong with it (None when nothing was).
    Only text (or a number, for a date) is taken from a field; any other value is left out
    and named, never stored as its repr."""
    for candidate in sidecar_paths(path):
        if candidate == path or not (candidate.exists() or candidate.is_symlink()):
            continue
        where = shown(candidate)
        if (problem := regular_file(candidate)) is not None:
            return {}, Skipped(where, f"sidecar ignored: {problem}")
        try:
            if candidate.stat().st_size > MAX_SIDECAR_BYTES:
                return {}, Skipped(where, f"sidecar ignored: over {MAX_SIDECAR_BYTES:,} bytes")
            meta = json.loads(candidate.read_text(encoding="utf-8"))
        except RecursionError:
            return {}, Skipped(where, "sidecar ignored: too deeply nested")
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return {}, Skipped(where, f"sidecar ignored: not valid JSON ({exc})")
        if not isinstance(meta, dict):
            return {}, Skipped(where, "sidecar ignored: expected a JSON object")
        wrong = sorted(key for key in META_KEYS
                       if meta.get(key) is not None and not isinstance(meta[key], (str, int, float)))
        if wrong:
            kinds = ", ".join(f"{key} ({type_name(meta[key])})" for key in wrong)
            kept = {key: value for key, value in meta.items() if key not in wrong}
            return kept, Skipped(where, f"sidecar field(s) ignored, not text: {kinds}")
        return meta, None
    return {}, None


def type_name(value: object) -> str:
    """A JSON value's type in JSON's words."""
    return {dict: "object", list: "array", bool: "true/false"}.get(type(value), type(value).__name__)


def read_text_file(path: Path, settings: Settings, data: bytes) -> Iterator[Article | Skipped]:
    return read_text_stream(data, shown(path), shown(path.stem), settings, sidecar=path)


def read_text_stream(data: bytes, where: str, stem: str, settings: Settings,
                     sidecar: Path | None = None) -> Iterator[Article | Skipped]:
    """The article of a text's bytes; ``sidecar``: the file whose metadata sidecar is read, once the text decodes."""
    try:
        text = decode_bytes(data, where)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    meta: dict = {}
    if sidecar is not None:
        meta, problem = read_sidecar(sidecar)
        if problem:
            yield problem
    yield make_article(text, stem, Origin(path=where), settings, with_headline(meta, text))


def with_headline(meta: dict, text: str) -> dict:
    """``meta`` with the text's first line as its title when it has none and that line looks
    like a headline (``titles.headline``); the text itself is left as it is."""
    if meta.get("title") is not None and str(meta["title"]).strip():
        return meta
    found = headline(text)
    return {**meta, "title": found} if found else meta
