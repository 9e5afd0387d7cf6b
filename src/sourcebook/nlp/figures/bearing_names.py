"""Places named by a town and a bearing: constituencies, wards and districts such as "Kellow West" or "Dunmore
South", after a preposition of place ("Turnout in Kellow West was 58.2%", "The count in Dunmore South was delayed").
The entity recogniser often tags no entity there, or the bearing alone ('South' a location), so the figure got no
place or the bearing for one; one constituency's count would then join another's. A capitalised proper noun and a
capitalised bearing after it (lexicon ``figures/bearing_suffixes``), right after a preposition of place, are one
place's name: it replaces a place found inside it (the bearing or the town alone)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..attribution.tables import text_of
from ..lexicon import word_set

__all__ = ["with_bearing_names"]

_PREPOSITIONS = frozenset({"in", "near", "across", "around", "outside"})
#: what the town's word may be to the recogniser: nothing, a place, or an unknown name it took for a person's or a firm's
_LABELS = frozenset({"", "GPE", "LOC", "PERSON", "ORG", "NORP"})


def with_bearing_names(places: list[tuple[int, int, str]], doc: Doc,
                       directory: str | Path | None = None) -> list[tuple[int, int, str]]:
    """``places`` (start, end, text) with each town-and-bearing name after a preposition of place in ``doc`` in place
    of the places inside it, in text order. ``directory``: the lexicon to read (default: the packaged one)."""
    bearings = word_set("figures/bearing_suffixes", directory)
    named = []
    for tok in _capitalised_bearings(doc, bearings):
        town, before = doc[tok.i - 1], doc[tok.i - 2]
        if tok.is_sent_start or \
                town.tag_ != "NNP" or not town.text[:1].isupper() or town.is_upper or town.lower_ in bearings or \
                town.ent_type_ not in _LABELS or before.lower_ not in _PREPOSITIONS or \
                (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NNP", "NNPS", "POS")):
            continue
        named.append((town.idx, tok.idx + len(tok.text), f"{town.text} {tok.text}"))
    if not named:
        return places
    kept = [p for p in places if not any(s <= p[0] and p[1] <= e for s, e, _ in named)]
    return sorted(kept + [n for n in named if not any(s < n[1] and n[0] < e for s, e, _ in kept)])


def _capitalised_bearings(doc: Doc, bearings: frozenset[str]) -> list[Token]:
    """The capitalised bearing words of ``doc`` after its second word, found in its text first (a walk over every token
    cost a pass over the whole document for the few that name a bearing)."""
    found = []
    for match in _pattern(bearings).finditer(text_of(doc)):
        tok = doc.char_span(match.start(), match.end())
        if tok is not None and len(tok) == 1 and tok[0].i >= 2 and tok[0].text[:1].isupper():
            found.append(tok[0])
    return found


@lru_cache(maxsize=8)
def _pattern(bearings: frozenset[str]) -> re.Pattern[str]:
    words = sorted(bearings, key=len, reverse=True)
    # (only a capitalised bearing is kept: a case-sensitive look at its first letter skips the lower-case 'east' and
    # 'central' of running text, about three times faster; no other capital folds to an ASCII letter but 'K' and 'I')
    capitals = {w[:1].upper() for w in words}
    first = f"(?=(?-i:[{''.join(sorted(capitals))}]))" if all(c.isascii() and c.isalpha() and c not in "IK"
                                                           for c in capitals) else ""
    return re.compile(first + r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)
