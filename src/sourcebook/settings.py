"""One Settings object, built once (by the CLI or the caller) and passed down.

The library reads no environment variables: the CLI turns ``$SOURCEBOOK_DB``,
``$SOURCEBOOK_MODEL``, ``$SOURCEBOOK_SHARD_DIR``, ``$SOURCEBOOK_ALIASES`` and
``$SOURCEBOOK_MEASURES`` into Settings fields, once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import SettingsError

DEFAULT_DB = "sourcebook.db"
DEFAULT_MAX_BYTES = 5_000_000
#: JSONL/CSV field names: what Sourcebook calls it -> the column it reads by default.
DEFAULT_FIELDS = {
    "text": "text",
    "title": "title",
    "url": "url",
    "outlet": "outlet",
    "published": "published",
    "id": "id",
}
STDIN_FORMATS = ("auto", "txt", "html", "jsonl", "csv")
#: Build engines: this machine, or a Dask cluster (the ``scale`` extra).
ENGINES = ("local", "dask")
#: The fewest words an HTML page's main text may have (``Settings.min_words`` unset): less is
#: what boilerplate removal leaves of a photo page or an index (a 151-character caption), not
#: an article. Text, JSONL and CSV are what the user chose to give, so they have no floor
#: unless ``--min-words`` sets one for every format.
DEFAULT_PAGE_MIN_WORDS = 40
#: Fetching URLs (``ingest.fetch``): seconds between two requests to one host, seconds a
#: request may take, retries of a request that failed for a passing reason (429, 5xx, network).
DEFAULT_FETCH_DELAY = 1.0
DEFAULT_FETCH_TIMEOUT = 20.0
DEFAULT_FETCH_RETRIES = 2


@dataclass(frozen=True)
class Metadata:
    """Article metadata given on the command line; it overrides sidecars and extracted values."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    model: str | None = None
    jobs: int = 1
    batch_size: int = 16
    max_bytes: int = DEFAULT_MAX_BYTES
    fields: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    metadata: Metadata = field(default_factory=Metadata)
    stdin_format: str = "auto"
    progress: bool = False
    engine: str = "local"  # one of ENGINES
    scheduler: str | None = None  # Dask scheduler address; None: start a local cluster
    workers: int = 2  # worker processes of the local Dask cluster
    shard_dir: str | None = None  # Dask shard directory every worker sees; None: a temp dir
    aliases: str | None = None  # a JSON file extending the packaged organisation aliases
    measures: str | None = None  # a JSON file extending the packaged measure classes
    lock_wait: float = 10.0  # seconds a build waits for another build on the same store
    follow_links: bool = False  # read symbolic links that lead out of a directory being read
    min_words: int | None = None  # skip thinner articles; None: DEFAULT_PAGE_MIN_WORDS for HTML only; 0: off
    language: str | None = None  # the pipeline's language (ISO 639-1), set by the build from its model
    any_language: bool = False  # keep articles detected in another language than ``language``
    fetch_delay: float = DEFAULT_FETCH_DELAY  # seconds between two requests to the same host
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT  # seconds a request (and its whole body) may take
    fetch_retries: int = DEFAULT_FETCH_RETRIES  # retries on 429, 5xx and connection errors
    refresh: bool = False  # fetch URLs already stored again

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise SettingsError(f"jobs must be 1 or more, not {self.jobs}")
        if self.batch_size < 1:
            raise SettingsError(f"batch size must be 1 or more, not {self.batch_size}")
        if self.max_bytes < 1:
            raise SettingsError(f"max bytes must be 1 or more, not {self.max_bytes}")
        if self.stdin_format not in STDIN_FORMATS:
            raise SettingsError(
                f"unknown stdin format {self.stdin_format!r}; valid: {', '.join(STDIN_FORMATS)}"
            )
        if self.engine not in ENGINES:
            raise SettingsError(f"unknown engine {self.engine!r}; valid: {', '.join(ENGINES)}")
        if self.min_words is not None and self.min_words < 0:
            raise SettingsError(f"min words must be 0 (off) or more, not {self.min_words}")
        if self.fetch_delay < 0:
            raise SettingsError(f"fetch delay must be 0 seconds or more, not {self.fetch_delay}")
        if self.fetch_timeout <= 0:
            raise SettingsError(f"fetch timeout must be more than 0 seconds, not {self.fetch_timeout}")
        if not 0 <= self.fetch_retries <= 10:
            raise SettingsError(f"fetch retries must be 0 to 10, not {self.fetch_retries}")
        if self.workers < 1:
            raise SettingsError(f"workers must be 1 or more, not {self.workers}")
        if self.scheduler is not None and not self.scheduler.strip():
            raise SettingsError("scheduler must be an address such as tcp://HOST:8786, not empty")
        if self.shard_dir is not None and not self.shard_dir.strip():
            raise SettingsError("shard directory must be a path, not empty")
        for name in ("aliases", "measures"):
            path = getattr(self, name)
            if path is not None and not Path(path).is_file():
                raise SettingsError(f"--{name} {path}: no such file (a JSON table of the packaged {name}.json's shape)")
        unknown = set(self.fields) - set(DEFAULT_FIELDS)
        if unknown:
            raise SettingsError(
                f"unknown field name(s) {', '.join(sorted(unknown))}; valid: {', '.join(DEFAULT_FIELDS)}"
            )

    def word_floor(self, page: bool) -> int:
        """The fewest words an article may have: ``min_words`` when given, else
        DEFAULT_PAGE_MIN_WORDS for a page read through boilerplate removal, else none."""
        if self.min_words is not None:
            return self.min_words
        return DEFAULT_PAGE_MIN_WORDS if page else 0

    def with_language(self, lang: str) -> Settings:
        """These settings for a pipeline reading ``lang`` (a language given here is kept)."""
        return replace(self, language=self.language or lang or None)

    def with_fields(self, overrides: dict[str, str]) -> Settings:
        return replace(self, fields={**DEFAULT_FIELDS, **self.fields, **overrides})


def parse_field_options(options: list[str]) -> dict[str, str]:
    """``["text=body", "published=date"]`` -> ``{"text": "body", "published": "date"}``."""
    mapping = {}
    for option in options:
        name, sep, column = option.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise SettingsError(f"bad --field {option!r}; expected NAME=COLUMN, e.g. text=body")
        if name.strip() not in DEFAULT_FIELDS:
            raise SettingsError(f"bad --field {option!r}; NAME must be one of {', '.join(DEFAULT_FIELDS)}")
        mapping[name.strip()] = column.strip()
    return mapping
