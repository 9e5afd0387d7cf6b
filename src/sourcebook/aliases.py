"""Name variants of organisations (UN, U.N., United Nations) and people (Mr. O'Brien).

The organisation aliases live in the lexicon table ``aliases.json`` (``nlp/lexicon/data/``),
the titles in ``titles.txt`` and ``title_abbreviations.txt`` ('Sgt.', also kept whole by the
tokenizer); users extend the aliases with a JSON file of the same shape
(``sourcebook build --aliases FILE``, which ``nlp.lexicon.extend_tables`` installs). Within-article speaker resolution and
the store-wide speaker merge both fold names through ``canonical_name``. A name written in lower case is a
common phrase and the alias only of a name some spelling of the table writes so ('the observatory said' is no
'Observatory', the Syrian Observatory for Human Rights; 'who' is no 'WHO').
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


@lru_cache(maxsize=4)
def lower_aliases(extra: str | None = None) -> frozenset[str]:
    """The folded aliases (as ``load_aliases`` keys them) that some spelling writes in lower case, its article
    aside ('the UN refugee agency' is not one: 'UN')."""
    tables = [lexicon_table("aliases")] + ([load_extra("aliases", extra)] if extra else [])
    return frozenset(key for data in tables for canonical, aliases in data.items() if not canonical.startswith("_")
                     for alias in (canonical, *aliases) if _in_lower_case(alias)
                     for key in (fold(alias), strip_titles(alias)))


def _in_lower_case(name: str) -> bool:
    """Whether ``name`` has no capital letter after a leading article ('the observatory', 'who')."""
    words = name.split()
    return not any(ch.isupper() for ch in " ".join(words[1:] if words and words[0].lower() == "the" else words))


def _known(name: str, any_case: bool) -> str | None:
    """The canonical name ``name`` is an alias of: a name written in lower case is a common phrase, an alias only of
    a name the table writes so ('the observatory said' is no alias of 'the Observatory', the Syrian Observatory for
    Human Rights; 'who' none of 'WHO'); ``any_case`` for a name already folded."""
    extra = extra_path("aliases")
    table = load_aliases(extra)
    key = fold(name)
    found = table.get(key)
    if found is None:
        key = strip_titles(name)
        found = table.get(key)
    if found is None or any_case or not _in_lower_case(name) or key in lower_aliases(extra):
        return found
    return None


def canonical_name(name: str, any_case: bool = False) -> str:
    """The canonical organisation name for a known alias, else ``name`` unchanged (see ``_known``)."""
    return _known(name, any_case) or name


def is_known_organisation(name: str) -> bool:
    return _known(name, False) is not None
