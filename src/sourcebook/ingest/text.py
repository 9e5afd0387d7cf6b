"""Plain-text articles, with metadata from a sidecar ``<file>.json`` when there is one."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, Origin, Skipped
from ..settings import Settings
from .articles import make_article
from .decode import decode_bytes

log = logging.getLogger(__name__)


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """``story.txt.json`` and ``story.json``, in the order they are looked for."""
    return path.with_name(path.name + ".json"), path.with_suffix(".json")


def read_sidecar(path: Path) -> tuple[dict, Skipped | None]:
    for candidate in sidecar_paths(path):
        if candidate == path or not candidate.is_file():
            continue
        try:
            meta = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return {}, Skipped(str(candidate), f"sidecar ignored: not valid JSON ({exc})")
        if not isinstance(meta, dict):
            return {}, Skipped(str(candidate), "sidecar ignored: expected a JSON object")
        return meta, None
    return {}, None


def read_text_file(path: Path, settings: Settings, data: bytes) -> Iterator[Article | Skipped]:
    where = str(path)
    try:
        text = decode_bytes(data, where)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    meta, problem = read_sidecar(path)
    if problem:
        yield problem
    yield make_article(text, path.stem, Origin(path=where), settings, meta)


def read_text_stream(data: bytes, where: str, stem: str, settings: Settings) -> Iterator[Article | Skipped]:
    try:
        text = decode_bytes(data, where)
    except InputError as exc:
        yield Skipped(exc.where, exc.reason)
        return
    yield make_article(text, stem, Origin(path=where), settings)
