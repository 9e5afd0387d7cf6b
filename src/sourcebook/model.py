"""The ledger's records: frozen dataclasses with character offsets into the article text.

Everything downstream of ``nlp/`` (store, reconcile, report, web) works on these plain
records and never sees a spaCy object. Offsets are 0-based, end-exclusive Python string
indices into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ATTRIBUTION_KINDS",
    "CURRENCY_SIGNS",
    "FIGURE_FIELDS",
    "QUALIFIERS",
    "PUBLISHED_SOURCES",
    "VERDICTS",
    "VERDICT_ORDER",
    "VERDICT_TITLES",
    "Article",
    "Attribution",
    "Entity",
    "Extraction",
    "Figure",
    "Measure",
    "MeasureMember",
    "Origin",
    "Sentence",
    "Skipped",
    "Span",
    "Speaker",
    "StoredFigure",
    "Story",
    "unit_shown",
]

ATTRIBUTION_KINDS = ("direct", "indirect", "mixed", "according_to", "belief")
QUALIFIERS = ("exact", "more than", "at least", "around", "up to", "nearly", "less than", "vague", "range")
#: the valid verdicts, as error messages list them; VERDICT_ORDER below is the order they are shown in
VERDICTS = ("agree", "conflict", "changed_over_time", "different_scope", "single_source")
#: the order measures are listed and sorted in, everywhere: what needs a journalist's attention first
VERDICT_ORDER = ("conflict", "changed_over_time", "different_scope", "agree", "single_source")
#: how pages and the briefing name each verdict
VERDICT_TITLES = {
    "conflict": "Conflict",
    "changed_over_time": "Changed over time",
    "different_scope": "Different scope",
    "agree": "Agree",
    "single_source": "Single source",
}
#: where an article's publication date came from, most trusted first: metadata (a flag, a
#: sidecar, a row field, HTML markup), a date in its URL, a date in its file name (or row id),
#: an estimate from its own text (``reconcile.dates``)
PUBLISHED_SOURCES = ("metadata", "url", "file name", "estimate")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from: a file (and line or row), standard input or a URL."""

    path: str | None = None
    line: int | None = None
    url: str | None = None

    def describe(self) -> str:
        where = self.path or self.url or "<unknown>"
        return f"{where}:{self.line}" if self.line is not None else where


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``id`` is a hash of the normalised text (see ``ingest.ids``)."""

    id: str
    text: str
    stem: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    published_estimated: bool = False  # True when published_source == "estimate"
    language: str = "en"
    origin: Origin = field(default_factory=Origin)
    published_source: str | None = None  # one of PUBLISHED_SOURCES; None when undated
    published_evidence: str | None = None  # for an estimate: the text that dated it
    published_confidence: float | None = None  # for an estimate: 0-1 (reconcile.dates)

    @property
    def document(self) -> str:
        """The article's name in exports: its file name, or for a JSONL/CSV row its id."""
        return document_name(self.stem, self.origin.path, self.origin.line)


def document_name(stem: str, path: str | None, line: int | None) -> str:
    """A file read whole keeps its file name (``000_x.txt``); a row of a JSONL/CSV file or
    standard input is named by its stem (the row's id)."""
    if path and line is None and not path.startswith("<"):
        return path.replace("\\", "/").rsplit("/", 1)[-1]
    return stem


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # spaCy's NER label: PERSON, ORG, GPE, DATE, ...


@dataclass(frozen=True, slots=True)
class Attribution:
    """One statement attributed to a source.

    ``id`` is local to the article ("a1", "a2", ...). ``speaker`` is the resolved canonical
    name within the article (pronouns and roles resolved, name variants merged); the store
    merges speakers across articles into ``Speaker`` records.
    """

    id: str
    kind: str  # one of ATTRIBUTION_KINDS
    source: Span | None
    cue: Span | None
    contents: tuple[Span, ...]
    speaker: str | None = None
    speaker_kind: str | None = None  # person | organisation | outlet | reports | unknown
    affiliation: str | None = None
    medium: str | None = None
    relayed_by: str | None = None
    confidence: float = 1.0
    parent: str | None = None  # id of the enclosing attribution for nested ones


@dataclass(frozen=True, slots=True)
class Figure:
    """One number stated as a fact or claim, stored as an interval with its qualifier.

    ``value`` is the number itself; for ranges and vague magnitudes the lower bound.
    ``low``/``high`` give the interval (None = open). ``time_start``/``time_end`` are ISO
    dates when ``time`` could be resolved against the publication date.
    """

    id: str
    span: Span  # the number expression with its qualifier, without the counted noun
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # one of QUALIFIERS
    kind: str = "count"  # count | percent | money | measure | age | duration | ratio | fraction | ordinal | multiplier
    unit: str | None = None
    predicate: str | None = None
    place: str | None = None
    time: str | None = None
    time_start: str | None = None
    time_end: str | None = None
    according_to: str | None = None
    attribution: str | None = None  # local id of the enclosing attribution
    sentence: Span | None = None
    change: str | None = None  # up | down | None: the figure takes part in a rise or a fall
    level: bool = True  # False: the figure is the size of a change ("rose 6.5%"), not a level
    unit_norm: str | None = None  # ISO 4217 code of money, pint's name of a physical unit, percent
    previous: str | None = None  # id of the earlier level this one changed from ("52, up from 40": 40)
    agent: str | None = None  # who paid, pledged, spent or raised a sum ("the NRSC spent $28.3 million")
    rate: str | None = None  # the period of a rate ("$12 an hour": hour; "a salary of $60,000": salary; "4.1% a year": year)


#: A figure's plain fields (everything but its id and spans), in the order the ledger export
#: and the store's figures table lay them out; both read this list, so a new field goes here.
FIGURE_FIELDS = (
    "value", "low", "high", "qualifier", "kind", "unit", "predicate", "place",
    "time", "time_start", "time_end", "according_to", "attribution", "change", "level",
    "unit_norm", "previous", "agent", "rate",
)


#: the signs that name a figure's currency as written ("$4 million", "\u00a39 a month", "\u20b9500")
CURRENCY_SIGNS = frozenset("$\u00a3\u20ac\u00a5\u20b9")


def unit_shown(written: str, unit: str | None) -> str:
    """The unit to print after a figure as written: none when the figure names its currency
    itself ("$4 million", not "$4 million dollars"), else ``unit``."""
    if not unit or any(c in CURRENCY_SIGNS for c in written):
        return ""
    return unit


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A stored figure with what reconciliation needs about its article and source: the
    store hands these to ``build.reconcile`` instead of raw rows."""

    figure: Figure
    figure_id: str  # global: "<article_id>:f3"
    article_id: str
    document: str  # the article's name in exports (``document_name``)
    published: str | None  # ISO date
    published_estimated: bool = False
    relayed_by: str | None = None  # of the enclosing attribution
    outlet: str | None = None  # the article's outlet


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    """A source merged across all articles of a store."""

    id: str
    name: str
    kind: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    #: government, international, military, party, company, expert, media, witness,
    #: document or unknown (``reconcile.sources``); None when read from an older store
    source_type: str | None = None


@dataclass(frozen=True, slots=True)
class MeasureMember:
    figure_id: str
    article_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Measure:
    """Figures from one or many articles that count the same thing, with a verdict."""

    id: str
    label: str
    verdict: str  # one of VERDICTS
    members: tuple[MeasureMember, ...] = ()
    key: str = ""
    why: str = ""
    confidence: float | None = None  # how sure the verdict is, 0-1 (reconcile.measures.verdicts)
    story: str | None = None  # the story (reconcile.stories) the measure formed in


@dataclass(frozen=True, slots=True)
class Story:
    """The articles about one event (``reconcile.stories``): ``articles`` are article ids in
    time order (undated last), ``first``/``last`` the earliest and latest publication dates,
    ``names`` the people, places and organisations its articles share, most shared first."""

    id: str
    label: str
    articles: tuple[str, ...] = ()
    first: str | None = None  # ISO date; None when no article is dated
    last: str | None = None
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not stored, and why."""

    where: str  # file, file:line or "<stdin>"
    reason: str
    ignored: bool = False  # a file of another type met in a directory walk: not an error
