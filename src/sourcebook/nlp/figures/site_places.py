"""A one-word name after 'at' on a noun of a site is where the site stands: 'The hydrogen plant at Brinmouth will make
20,000 tonnes', 'The LNG terminal at Skelby can handle 7.5 million tonnes'. The model takes such an unfamiliar town
for an organisation, a person or even a date, and 'at' alone is no preposition of place for ``named_places`` ('at
Acme' is a firm); hung on a plant, a terminal or a mine (lexicon ``figures/site_nouns``), it is. Not a name in capitals
('the plant at BASF') nor one of several words (``kinds`` reads those by their last word)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from ..attribution.tables import positions, words_of
from ..lexicon import word_set

__all__ = ["site_places"]

#: labels that are places already
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def site_places(doc: Doc, directory: str | Path | None = None) -> list[tuple[int, int, str]]:
    """(start, end, text) of the one-word names after 'at' that a noun of a site holds."""
    sites = word_set("figures/site_nouns", directory)
    found = []
    words = words_of(doc)  # (only the words 'at' are looked at, found in the word column: no Token for every word)
    for i in positions(words.lower, "at", 0, len(doc)):
        head = words.head[i]
        if words.dep[i] != "prep" or words.lemma[head].lower() not in sites or words.pos[head] != "NOUN":
            continue
        tok = doc[i]
        name = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if name is None or name.i != tok.i + 1 or name.tag_ != "NNP" or name.is_upper or \
                name.ent_type_ in _PLACE_LABELS or name.i + 1 < len(doc) and doc[name.i + 1].tag_ in ("NNP", "NNPS"):
            continue
        found.append((name.idx, name.idx + len(name), name.text))
    return found
