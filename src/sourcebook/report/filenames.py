"""Safe export file names: one ``<stem>.json`` per article, never a path.

The stem comes from the input (a file name, a JSONL/CSV row id), so it is untrusted: ``../x``,
``/abs``, ``a/b``, ``measures``, a control character or an unpaired surrogate (a file name that
was not valid UTF-8) must never reach the file system as given. The rules, applied to articles in
the store's order (stem, then id), so the same store always gives the same names:

1. A *plain* stem stays as it is: not empty, not ``.``/``..``, not starting with a dot, no ``/``,
   ``\\``, NUL, control character or surrogate, at most ``MAX_STEM`` characters, and not a name the
   export writes itself (``measures``, ``speakers``, ``stories``, ``index``).
2. Anything else is sanitised (every disallowed character becomes ``_``, leading dots dropped,
   cut to ``MAX_STEM``) and gets ``-<id prefix>``, so two hostile stems never meet.
3. A stem already taken (compared case-insensitively, as macOS and Windows file systems do) gets
   ``-<id prefix>`` too, the prefix lengthened until the name is free.

``index.json`` records the outcome for every article (see ``exports.py``).
"""

from __future__ import annotations

import re

__all__ = ["RESERVED_STEMS", "FileNames", "is_plain_stem"]

#: names the ledger export writes beside the articles
RESERVED_STEMS = frozenset({"measures", "speakers", "stories", "index"})
MAX_STEM = 120
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\\ud800-\udfff:*?\"<>|]")


def is_plain_stem(stem: str) -> bool:
    """True when ``stem`` can be used as a file name as it is."""
    return (bool(stem) and not stem.startswith(".") and len(stem) <= MAX_STEM
            and not _UNSAFE.search(stem) and stem.strip() == stem
            and stem.casefold() not in RESERVED_STEMS)


def _sanitised(stem: str) -> str:
    clean = _UNSAFE.sub("_", stem).strip().lstrip(".")[:MAX_STEM].strip()
    return clean or "article"


class FileNames:
    """Hands out one safe, unique stem per article; deterministic for a given order."""

    def __init__(self) -> None:
        self._taken: set[str] = {name.casefold() for name in RESERVED_STEMS}

    def stem(self, stem: str, article_id: str) -> str:
        base = stem if is_plain_stem(stem) else None
        if base is not None and base.casefold() not in self._taken:
            return self._take(base)
        base = _sanitised(stem)
        for width in (8, 12, 16, len(article_id)):
            candidate = f"{base}-{article_id[:width]}"
            if candidate.casefold() not in self._taken:
                return self._take(candidate)
        n = 2
        while f"{base}-{article_id}-{n}".casefold() in self._taken:
            n += 1
        return self._take(f"{base}-{article_id}-{n}")

    def _take(self, name: str) -> str:
        self._taken.add(name.casefold())
        return name
