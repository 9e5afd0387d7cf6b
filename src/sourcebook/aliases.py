"""Name variants of organisations (UN, U.N., United Nations) and people (Mr. O'Brien).

The organisation aliases live in the lexicon table ``aliases.json`` (``nlp/lexicon/data/``),
the titles in ``titles.txt`` and ``title_abbreviations.txt`` ('Sgt.', also kept whole by the
tokenizer); users extend the aliases with a JSON file of the same shape
(``sourcebook build --aliases FILE``, which ``nlp.lexicon.extend_tables`` installs). Within-article speaker resolution and
the store-wide speaker merge both fold names through ``canonical_name``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .nlp.lexicon import extra_path, load_extra, word_set
from .nlp.lexicon import table as lexicon_table

TITLES = word_set("titles") | word_set("title_abbreviations")


@lru_cache(maxsize=1 << 16)  # (for every person at each look-up of a name: a pure function, called very often)
def fold(name: str) -> str:
    """Lower-case, accents and punctuation dropped, curly apostrophes straightened."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.replace("\u2019", "'").replace("\u2018", "'").lower()
    name = re.sub(r"[^\w' -]+", " ", name)
    name = re.sub(r"'s\b", "", name)
    return " ".join(name.split())


def strip_titles(name: str) -> str:
    words = fold(name).split()
    while words and words[0].rstrip(".") in TITLES:
        words = words[1:]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=4)
def load_aliases(extra: str | None = None) -> dict[str, str]:
    """folded alias -> canonical name, from the bundled file and ``extra`` (a path)."""
    tables = [lexicon_table("aliases")]
    if extra:
        tables.append(load_extra("aliases", extra))
    table: dict[str, str] = {}
    for data in tables:
        for canonical, aliases in data.items():
            if canonical.startswith("_"):
                continue
            for alias in (canonical, *aliases):
                table[fold(alias)] = canonical
                table[strip_titles(alias)] = canonical
    return table


def canonical_name(name: str) -> str:
    """The canonical organisation name for a known alias, else ``name`` unchanged."""
    table = load_aliases(extra_path("aliases"))
    return table.get(fold(name)) or table.get(strip_titles(name)) or name


def is_known_organisation(name: str) -> bool:
    table = load_aliases(extra_path("aliases"))
    return fold(name) in table or strip_titles(name) in table
