"""gender_guesser's list of given names, read in a third of the time.

``gender_guesser.detector.Detector`` reads its name file (some 48,000 lines) with two method
calls per line: 0.3 s, once per process, the largest fixed cost of a build after loading the
spaCy model. ``name_detector`` builds the same table (``Detector.names``: each name, lower case,
to its genders and their per-country frequency strings, in the file's order) in one loop and
hands it to a Detector, whose lookups (``get_gender``) are the library's own. A test checks the
table equals the one the library reads. The table is kept between builds (``data_cache``: 0.025-0.03 s
of CPU to read back instead of 0.06-0.16 s to parse).
"""

from __future__ import annotations

import logging
import marshal
from pathlib import Path

import gender_guesser.detector as library
from gender_guesser.detector import Detector

from ...data_cache import folder_for, store

__all__ = ["name_detector"]

log = logging.getLogger(__name__)

#: the name file's gender codes (its first column) as the detector names them
_GENDERS = {"M": "male", "1M": "mostly_male", "?M": "mostly_male", "F": "female", "1F": "mostly_female",
            "?F": "mostly_female", "?": "andy"}
#: where a line's per-country frequencies start (one character per country)
_COUNTRY_COLUMN = 30


def name_detector() -> Detector:
    """A case-insensitive Detector, as ``Detector(case_sensitive=False)`` makes it."""
    detector = Detector.__new__(Detector)
    detector.case_sensitive = False
    detector.names = _names(Path(library.__file__).parent / "data" / "nam_dict.txt")
    return detector


def _names(path: Path) -> dict[str, dict[str, str]]:
    """The table of ``_read_names``, kept in the cache (marshal: plain strings and dicts, no code run
    to read them back)."""
    folder = folder_for("given-names", [path, Path(__file__)])
    broken = False
    if folder is not None and folder.is_dir():
        try:
            names = marshal.loads((folder / "names.marshal").read_bytes())
            if isinstance(names, dict):
                return names
            broken = True
        except (OSError, ValueError, EOFError, TypeError) as exc:
            log.info("cached name list %s unreadable (%s): reading the library's file", folder, exc)
            broken = True
    names = _read_names(path)
    if folder is not None:
        store(folder, lambda scratch: (scratch / "names.marshal").write_bytes(marshal.dumps(names)), broken)
    return names


def _read_names(path: Path) -> dict[str, dict[str, str]]:
    names: dict[str, dict[str, str]] = {}
    # (the library reads with codecs, which splits lines as str.splitlines does)
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line[0] in "#=":  # blank lines, comments and the file's rulers
            continue
        code, name = line.split(None, 2)[:2]
        gender, frequencies = _GENDERS[code], line[_COUNTRY_COLUMN:-1]
        name = name.lower()
        # 'Jean+Pierre' stands for 'JeanPierre', 'Jean Pierre' and 'Jean-Pierre'
        for written in ((name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")) if "+" in name else (name,)):
            names.setdefault(written, {})[gender] = frequencies
    return names
