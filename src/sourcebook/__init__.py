"""Sourcebook: who said what, how many, according to whom - across every article.

The small public API for notebooks::

    import sourcebook
    records = sourcebook.extract('"We need 200 tents," the mayor said.', published="2031-04-08")
    for figure in records.figures:
        print(figure.span.text, figure.low, figure.high, figure.unit, figure.according_to)
    store = sourcebook.open_store("sourcebook.db")   # what `sourcebook build` stored
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import InputError, ModelNotFound, SettingsError, SourcebookError, StoreError
from .model import Article, Attribution, Extraction, Figure, Measure, Span, Speaker
from .settings import Settings

__all__ = [
    "Article",
    "Attribution",
    "Extraction",
    "Figure",
    "InputError",
    "Measure",
    "ModelNotFound",
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


def open_store(url: str = "sourcebook.db"):
    """Open an existing store (a SQLite path or a postgresql:// URL) for reading:
    ``.articles()``, ``.extraction(id)``, ``.speakers()``, ``.measures()``, ``.runs()``."""
    from .store import open_store as _open

    return _open(url)


def build(paths, settings: Settings | None = None):
    """``sourcebook build`` from Python: returns a ``BuildSummary``."""
    from .core import build as _build

    return _build(paths, settings or Settings())
