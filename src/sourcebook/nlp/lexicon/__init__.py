"""Sourcebook's linguistic knowledge as data files, and the one loader that reads them.

Two kinds of file live in a lexicon directory (the packaged one is ``nlp/lexicon/data/``;
``docs/lexicons.md`` says how to edit a copy and point the pipeline at it):

- **word lists** (``<name>.txt``): one word or phrase a line, lower case; ``#`` starts a
  comment; a line may end with tags (``say  +figures``: the figure extractor also takes
  "say" as a reporting verb). Read with ``words``, ``word_set`` and ``tagged``.
- **tables** (``<name>.json``): structured data (number words with their values, units of
  measure, months), checked against the schema of ``schemas.SCHEMAS`` when loaded. Keys
  that start with ``_`` are comments. Read with ``table``.

A missing file, a malformed line or a table that does not fit its schema raises
``LexiconError`` naming the file and the problem. Plain Python (no spaCy): ``reconcile/`` and
the evaluation read the same files. Every file is read once per directory.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from ...errors import SettingsError
from .schemas import SCHEMAS, check

__all__ = [
    "ATTRIBUTION_VERB_LISTS",
    "DEFAULT_DIRECTORY",
    "LexiconError",
    "ROLE_SUFFIXES",
    "check_all",
    "count_words",
    "directory_of",
    "entries",
    "extend_tables",
    "happenings",
    "hyphenated_roles",
    "list_names",
    "extra_path",
    "load_extra",
    "table",
    "table_names",
    "tagged",
    "word_set",
    "words",
]

#: the lexicon shipped with the package
DEFAULT_DIRECTORY = Path(__file__).resolve().parent / "data"

#: the attribution cue verb lists; their +figures verbs are the figure extractor's reporting verbs
ATTRIBUTION_VERB_LISTS = (
    "attribution/speech_verbs",
    "attribution/belief_verbs",
    "attribution/stance_verbs",
    "attribution/poll_verbs",
)

_TAG = re.compile(r"\s\+([a-z][a-z_-]*)$")
_WORD = re.compile(r"^[^\s#+][^#+]*$")


class LexiconError(SettingsError):
    """A lexicon file is missing or malformed; ``path`` names it."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"lexicon file {path}: {problem}")
        self.path = str(path)
        self.problem = problem


def directory_of(directory: str | Path | None) -> Path:
    """The lexicon directory to read: ``directory`` if given, else the packaged one."""
    if directory is None or str(directory) == "":
        return DEFAULT_DIRECTORY
    path = Path(directory).expanduser().resolve()
    if not path.is_dir():
        raise LexiconError(path, "no such directory (a lexicon is a directory of .txt and .json files)")
    return path


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        raise LexiconError(path, "missing (copy it from the packaged lexicon)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(path, f"cannot be read ({exc})") from None


@cache
def _entries(name: str, directory: str | None) -> tuple[tuple[str, frozenset[str]], ...]:
    path = directory_of(directory) / f"{name}.txt"
    entries: list[tuple[str, frozenset[str]]] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(_read(path).splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        tags = []
        while (match := _TAG.search(line)) is not None:
            tags.append(match.group(1))
            line = line[: match.start()].rstrip()
        word = " ".join(line.split())
        if not _WORD.match(word):
            raise LexiconError(path, f"line {number}: {raw.strip()!r} is not a word or phrase with +tags")
        if word in seen:
            raise LexiconError(path, f"line {number}: {word!r} repeats line {seen[word]}")
        seen[word] = number
        entries.append((word, frozenset(tags)))
    if not entries:
        raise LexiconError(path, "lists no words")
    return tuple(entries)


def words(name: str, directory: str | Path | None = None) -> tuple[str, ...]:
    """The words of list ``name`` in file order (``attribution/speech_verbs``)."""
    return tuple(word for word, _ in _entries(name, _key(directory)))


def word_set(name: str, directory: str | Path | None = None) -> frozenset[str]:
    """The words of list ``name`` as a set."""
    return _word_set(name, _key(directory))


@cache
def _word_set(name: str, directory: str | None) -> frozenset[str]:
    # (the rules ask for the same lists thousands of times an article; kept by the same key as the
    # file's entries, which are read once per directory, so no set outlives the words it was made of)
    return frozenset(word for word, _ in _entries(name, directory))


def tagged(name: str, tag: str, directory: str | Path | None = None) -> frozenset[str]:
    """The words of list ``name`` that carry ``+tag``."""
    return frozenset(word for word, tags in _entries(name, _key(directory)) if tag in tags)


@cache
def _table(name: str, directory: str | None) -> dict:
    path = directory_of(directory) / f"{name}.json"
    schema = SCHEMAS.get(name)
    if schema is None:
        raise LexiconError(path, f"no schema for a table named {name!r} (known: {', '.join(sorted(SCHEMAS))})")
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise LexiconError(path, f"not valid JSON: {exc}") from None
    problem = check(data, schema)
    if problem is not None:
        raise LexiconError(path, problem)
    return data


def table(name: str, directory: str | Path | None = None) -> dict:
    """The table ``name`` (``numbers``, ``measures`` ...), checked against its schema.
    Shared between callers: do not modify it."""
    return _table(name, _key(directory))


#: The tables a user extends with a file of their own, and that file's path, for this process.
EXTENSIBLE = ("aliases", "measures")
_EXTRAS: dict[str, str] = {}


def extend_tables(aliases: str | None = None, measures: str | None = None) -> None:
    """Extend the packaged ``aliases`` and ``measures`` tables with a user's files (paths of
    JSON files of the same shape; None: the packaged table alone) for everything this
    process reads afterwards. Called once at the start of a build and of each worker
    process, from ``Settings.aliases``/``Settings.measures``; the library reads no
    environment variable for them."""
    for name, path in (("aliases", aliases), ("measures", measures)):
        if path:
            load_extra(name, path)  # a bad file is named now, not in the middle of a build
            _EXTRAS[name] = str(path)
        else:
            _EXTRAS.pop(name, None)


def extra_path(name: str) -> str | None:
    """The user's file extending the table ``name`` in this process (``extend_tables``)."""
    return _EXTRAS.get(name)


def load_extra(name: str, path: str | Path) -> dict:
    """A user's table that extends the packaged table ``name`` (``aliases``, ``measures``),
    checked against the same schema."""
    path = Path(path)
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise LexiconError(path, f"not valid JSON: {exc}") from None
    problem = check(data, SCHEMAS[name])
    if problem is not None:
        raise LexiconError(path, problem)
    return data


def entries(mapping: dict) -> dict:
    """A table's mapping without its comment keys (those that start with ``_``)."""
    return {key: value for key, value in mapping.items() if not key.startswith("_")}


def count_words(directory: str | Path | None = None) -> dict[str, float]:
    """The words that count a stretch of time ("two weeks", "a few days", "several months")
    with their value: the number words and the counting words of ``numbers.json``."""
    numbers = table("numbers", directory)
    return {word: value for key in ("units", "tens", "counting_words") for word, value in entries(numbers[key]).items()}


def happenings(directory: str | Path | None = None) -> dict[str, dict]:
    """The happening classes of ``measures.json`` by name ("killed": its words, nature and units),
    without comment keys: the one place the figure rules read happening words from."""
    return entries(table("measures", directory)["happenings"])


def _key(directory: str | Path | None) -> str | None:
    return None if directory is None or str(directory) == "" else str(directory_of(directory))


def list_names(directory: str | Path | None = None) -> list[str]:
    """The names of the word lists in a lexicon directory (``figures/cue_verbs`` ...)."""
    root = directory_of(directory)
    return sorted(p.relative_to(root).with_suffix("").as_posix() for p in root.rglob("*.txt"))


def table_names(directory: str | Path | None = None) -> list[str]:
    root = directory_of(directory)
    return sorted(p.relative_to(root).with_suffix("").as_posix() for p in root.rglob("*.json"))


def check_all(directory: str | Path | None = None) -> None:
    """Load every file of a lexicon directory (raises ``LexiconError`` at the first bad or
    missing one): every list and table of the packaged lexicon, and any others it has."""
    for name in sorted(set(list_names()) | set(list_names(directory))):
        words(name, directory)
    for name in sorted(set(table_names(directory)) | set(SCHEMAS)):
        table(name, directory)


#: the endings of hyphenated roles whose plural is inside the word ('presidents-elect')
ROLE_SUFFIXES = ("-elect", "-general", "-in-chief")


def hyphenated_roles(directory: str | Path | None = None) -> dict[str, str]:
    """Each role of ``hyphenated_roles.txt`` and its plural ('vice-presidents'; not
    'presidents-elect'), by the listed role it is a form of."""
    forms: dict[str, str] = {}
    for word in words("hyphenated_roles", directory):
        forms[word] = word
        if not word.endswith(ROLE_SUFFIXES):
            forms[word + "s"] = word
    return forms
