"""Source types: who gets quoted (government, NGO, military, party, company, expert, media,
witness, document, unknown).

The head word of the name decides first ('Quinnipiac University poll' is a document), then
any word of its name, affiliation and role, looked up in the word lists of
``nlp/lexicon/data/source_types/`` in the order of ``SOURCE_TYPES``; an outlet is media, a
'reports' source a document. The words are matched as whole words, folded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from ..aliases import fold
from ..nlp.lexicon import word_set

__all__ = ["SOURCE_TYPES", "SOURCE_TYPE_TITLES", "count_types", "format_counts", "source_type", "type_of"]

SOURCE_TYPES = ("government", "international", "military", "party", "company", "expert", "media", "witness", "document")
SOURCE_TYPE_TITLES = {
    "government": "government / official",
    "international": "international organisation / NGO",
    "military": "military / armed group",
    "party": "party / campaign",
    "company": "company",
    "expert": "expert / academic",
    "media": "media",
    "witness": "witness / resident",
    "document": "document / poll",
    "unknown": "unknown",
}


@cache
def _lists() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """(type, one-word entries, several-word entries) per type."""
    out = []
    for kind in SOURCE_TYPES:
        words = {fold(w) for w in word_set(f"source_types/{kind}")}
        out.append((kind, frozenset(w for w in words if " " not in w), frozenset(w for w in words if " " in w)))
    return tuple(out)


_WORD = re.compile(r"[\w'.-]+")


def source_type(name: str | None, kind: str | None = None, affiliation: str | None = None,
                aliases: Iterable[str] = ()) -> str:
    """The source type of a speaker from its name, kind, affiliation and the names it was
    written as (a title there counts: 'Mayor Tomas Reindl' is an official)."""
    if kind == "outlet":
        return "media"
    if kind == "reports":
        return "document"
    text = " ".join(part for part in (name, affiliation, *aliases) if part)
    if not text:
        return "unknown"
    folded = " " + " ".join(fold(text).split()) + " "
    words = {w.strip(".") for w in _WORD.findall(folded)}
    head = fold(name).split()[-1:] if name else []
    for source, single, _ in _lists():
        if head and head[0] in single:
            return source  # the head word first: a 'university poll' is a poll
    for source, single, multi in _lists():
        if words & single or any(f" {phrase} " in folded for phrase in multi):
            return source
    return "unknown"


def count_types(types: Iterable[str]) -> list[tuple[str, int]]:
    """(type, count), most frequent first, in a stable order."""
    counts = Counter(types)
    order = {t: i for i, t in enumerate((*SOURCE_TYPES, "unknown"))}
    return sorted(counts.items(), key=lambda item: (-item[1], order.get(item[0], 99)))


def type_of(speaker) -> str:
    """A ``Speaker``'s source type: the one it carries, else classified from its fields."""
    return speaker.source_type or source_type(speaker.name, speaker.kind, speaker.affiliation, speaker.aliases)


def format_counts(counts: list[tuple[str, int]]) -> str:
    """'government / official 3, expert / academic 1'."""
    return ", ".join(f"{SOURCE_TYPE_TITLES.get(t, t)} {n}" for t, n in counts)
