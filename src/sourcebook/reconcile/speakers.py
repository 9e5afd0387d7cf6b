"""Merge the speakers of every attribution in the store into one ``Speaker`` per source.

Names fold through ``aliases.canonical_name`` (UN / U.N. / United Nations) and
``aliases.strip_titles`` (Mr. O'Brien -> o'brien); a bare surname joins the one full name
in the store that ends with it ("O'Brien" -> "Stephen O'Brien"), and stays apart when two
full names share it; middle initials do not count ("Donald J. Trump" = "Donald Trump").
Unnamed sources ("unspecified reports", "an unnamed doctor") and descriptions ("officials",
"tax experts", kinds ``group`` and ``description``, and any source with no capital letter) are
kept per article and affiliation, case-insensitively: two articles' "officials" are not one
speaker. An organisation described in lower case ("regional emergency agency") is one speaker
within a story (``scopes``: article id -> story id) - the articles about one event mean one
body by it - and per article when no story is known. Aliases are the names as
the articles wrote them (``SpeakerMention.written``), pronouns left out. Each speaker gets a
source type (``reconcile.sources``).

Ids are "sp_" + the first 12 hex digits of sha256 of the folded canonical name, so they
do not depend on the order of the mentions or on the run. The pass is linear in the number
of mentions (dictionaries keyed by folded names and by last words).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from sourcebook.aliases import TITLES, canonical_name, fold, strip_titles
from sourcebook.model import Speaker
from sourcebook.nlp.lexicon import word_set
from sourcebook.reconcile.classes import paused_gc
from sourcebook.reconcile.sources import source_type

__all__ = ["SpeakerMention", "merge_speakers", "speaker_id"]

_UNNAMED_KINDS = frozenset({"reports", "unknown", "group", "description"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "who", "which", "that", "his", "her", "their", "its"})
_UNNAMED_WORDS = frozenset({"unspecified", "unnamed", "unidentified", "anonymous", "reports", "sources", "officials"})
_ORGANISATION_KINDS = frozenset({"organisation", "organization", "outlet"})


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """One attribution's speaker: ``key`` is the global attribution id ("<article_id>:a3")."""

    key: str
    name: str
    kind: str | None = None
    affiliation: str | None = None
    written: str | None = None  # the source as the article wrote it ('Mr. Trump', 'he')


def speaker_id(folded: str) -> str:
    return "sp_" + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:12]


def display_name(name: str) -> str:
    """The name as written, with straight apostrophes, tidy spaces and no leading title."""
    name = " ".join(name.replace("\u2019", "'").replace("\u2018", "'").split())
    words = name.split(" ")
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _is_unnamed(mention: SpeakerMention, folded: str) -> bool:
    if mention.kind in _UNNAMED_KINDS:
        return True
    if not any(c.isupper() for c in mention.name):
        return True  # 'regional emergency agency', 'the newspaper': a description, not a name
    first = folded.split(" ", 1)[0] if folded else ""
    return first in _UNNAMED_WORDS or folded in ("", "reports")


def _without_initials(folded: str) -> str:
    """'donald j trump' -> 'donald trump': a middle initial is no other person."""
    words = folded.split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1]]
    return " ".join(words)


def _written(mention: SpeakerMention, name: str) -> str | None:
    """The source as written when it is a variant of ``name`` ('Mr. Trump', 'UN'), not a
    pronoun, a role phrase or a name with its apposition."""
    if not mention.written:
        return None
    written = " ".join(mention.written.replace("\u2019", "'").split()).strip(" ,.;:")
    for article in ("the ", "The "):
        written = written.removeprefix(article)
    written = written.removesuffix("'s").removesuffix("'")
    if not written or written.lower() in _PRONOUNS or len(written.split()) > 6 or not written[:1].isupper():
        return None
    target = fold(canonical_name(name))
    if fold(canonical_name(written)) == target:
        return written
    words = set(strip_titles(written).split())
    return written if words and words <= set(target.split()) else None


def _article(key: str) -> str:
    return key.rsplit(":", 1)[0] if ":" in key else key


def merge_speakers(mentions: Iterable[SpeakerMention], scopes: Mapping[str, str] | None = None) -> dict[str, Speaker]:
    """Each mention key -> the Speaker it belongs to, merged across all articles; ``scopes``
    (article id -> story id) lets an organisation described in lower case be one speaker
    within its story."""
    with paused_gc():
        return _merge(mentions, scopes or {})


def _scope(mention: SpeakerMention, scopes: Mapping[str, str]) -> str:
    """Where an unnamed source is one speaker: its story for a described organisation, else
    its article."""
    article = _article(mention.key)
    if article in scopes and (mention.kind in _ORGANISATION_KINDS or _names_a_body(mention.name)):
        return "story " + scopes[article]
    return article


def _names_a_body(name: str) -> bool:
    """A description whose head is an organisation noun ('regional emergency agency', 'the
    ministry'), not a person or group ('a senior official', 'officials')."""
    words = fold(name).split()
    return bool(words) and words[0] not in ("a", "an", "one") and words[-1] in _organisation_nouns()


@cache
def _organisation_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("attribution/organisation_words"))


def _merge(mentions: Iterable[SpeakerMention], scopes: Mapping[str, str]) -> dict[str, Speaker]:
    mentions = [m for m in mentions if m.name and m.name.strip()]
    # 1. fold every mention to a group key: canonical organisation name or title-less name
    keyed: list[tuple[SpeakerMention, str, str]] = []  # (mention, group key, canonical display)
    folded_names: dict[str, tuple[str, str]] = {}  # the store repeats names: fold each once
    for mention in mentions:
        known = folded_names.get(mention.name)
        if known is None:
            canonical = canonical_name(display_name(mention.name))
            known = folded_names[mention.name] = (strip_titles(canonical) or fold(canonical), display_name(canonical))
        folded, display = known
        if _is_unnamed(mention, folded):
            affiliation = f" ({fold(mention.affiliation)})" if mention.affiliation else ""
            folded = f"{folded}{affiliation} @{_scope(mention, scopes)}"
        elif mention.kind not in _ORGANISATION_KINDS:
            folded = _without_initials(folded)
        keyed.append((mention, folded, display))

    # 2. a one-word person name joins the unique multi-word name ending with that word
    full_by_last: dict[str, set[str]] = defaultdict(set)
    organisations: set[str] = set()
    for mention, folded, _ in keyed:
        if mention.kind in _ORGANISATION_KINDS:
            organisations.add(folded)
        words = folded.split()
        if len(words) > 1 and "@" not in folded:
            full_by_last[words[-1]].add(folded)
    resolved: dict[str, str] = {}
    for mention, folded, _ in keyed:
        if folded in resolved:
            continue
        target = folded
        if " " not in folded and mention.kind not in _ORGANISATION_KINDS:
            candidates = full_by_last.get(folded, set()) - organisations
            if len(candidates) == 1:
                target = next(iter(candidates))
        resolved[folded] = target

    # 3. one Speaker per group: fullest, most common name; most common kind and affiliation
    groups: dict[str, list[tuple[SpeakerMention, str]]] = defaultdict(list)
    for mention, folded, display in keyed:
        groups[resolved[folded]].append((mention, display))
    result: dict[str, Speaker] = {}
    for group_key, members in groups.items():
        speaker = _speaker(group_key, members)
        for mention, _ in members:
            result[mention.key] = speaker
    return result


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def _speaker(group_key: str, members: list[tuple[SpeakerMention, str]]) -> Speaker:
    names = Counter(display for _, display in members)
    name = min(names, key=lambda n: (-len(n.split()), -names[n], -len(n), n))
    surfaces = {" ".join(m.name.split()) for m, _ in members} | set(names)
    surfaces |= {w for m, _ in members if (w := _written(m, name))}
    aliases = tuple(sorted(s for s in surfaces if s != name))
    kind = _most_common(m.kind for m, _ in members)
    affiliation = _most_common(m.affiliation for m, _ in members)
    return Speaker(
        id=speaker_id(group_key),
        name=name,
        kind=kind,
        affiliation=affiliation,
        aliases=aliases,
        source_type=source_type(name, kind, affiliation, aliases),
    )
