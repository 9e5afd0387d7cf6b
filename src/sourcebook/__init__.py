"""Sourcebook: who said what, how many, according to whom - across every article.

The small public API for notebooks::

    import sourcebook
    records = sourcebook.extract('"We need 200 tents," the mayor said.', published="2031-04-08")
    for figure in records.figures:
        print(figure.span.text, figure.low, figure.high, figure.unit, figure.according_to)
    store = sourcebook.open_store("sourcebook.db")   # what `sourcebook build` stored
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._version import __version__

# Imported here, not lazily: importing the subpackage sourcebook.build sets the attribute
# ``sourcebook.build`` to the module; this import binds it to the function once and for all.
from .build import build
from .errors import InputError, ModelNotFound, NotFound, SettingsError, SourcebookError, StoreError
from .model import Article, Attribution, Extraction, Figure, Measure, Span, Speaker
from .settings import Settings

if TYPE_CHECKING:
    from .store import Store

__all__ = [
    "Article",
    "Attribution",
    "Extraction",
    "Figure",
    "InputError",
    "Measure",
    "ModelNotFound",
    "NotFound",
    "Settings",
    "SettingsError",
    "SourcebookError",
    "Span",
    "Speaker",
    "StoreError",
    "__version__",
    "build",
    "extract",
    "open_store",
]


def extract(text: str, published: str | None = None, model: str | None = None) -> Extraction:
    """The records (sentences, entities, attributions, figures) for one text.

    ``published`` (an ISO date) lets relative times ("on Tuesday", "in the past 24 hours")
    resolve to dates. ``model`` names a spaCy pipeline (default: see ``--model``).
    """
    from .ingest.dates import normalise_date
    from .nlp.pipeline import load_pipeline
    from .nlp.runner import Task, extract_docs

    [result] = extract_docs(load_pipeline(model), [Task("text", text, normalise_date(published))])
    if result.extraction is None:
        raise SourcebookError(result.error or "extraction failed")
    return result.extraction


def open_store(url: str = "sourcebook.db") -> Store:
    """Open an existing store (a SQLite path or a postgresql:// URL) for reading:
    ``.articles()``, ``.extraction(id)``, ``.speakers()``, ``.measures()``, ``.runs()``.
    A store built by an older Sourcebook must first be upgraded with ``sourcebook migrate``."""
    from .store import open_store as _open

    return _open(url)
