"""gender_guesser's list of given names, read in a third of the time.

``gender_guesser.detector.Detector`` reads its name file (some 48,000 lines) with two method
calls per line: 0.3 s, once per process, the largest fixed cost of a build after loading the
spaCy model. ``name_detector`` builds the same table (``Detector.names``: each name, lower case,
to its genders and their per-country frequency strings, in the file's order) in one loop and
hands it to a Detector, whose lookups (``get_gender``) are the library's own. A test checks the
table equals the one the library reads.
"""

from __future__ import annotations

from pathlib import Path

import gender_guesser.detector as library
from gender_guesser.detector import Detector

__all__ = ["name_detector"]

#: the name file's gender codes (its first column) as the detector names them
_GENDERS = {"M": "male", "1M": "mostly_male", "?M": "mostly_male", "F": "female", "1F": "mostly_female",
            "?F": "mostly_female", "?": "andy"}
#: where a line's per-country frequencies start (one character per country)
_COUNTRY_COLUMN = 30


def name_detector() -> Detector:
    """A case-insensitive Detector, as ``Detector(case_sensitive=False)`` makes it."""
    detector = Detector.__new__(Detector)
    detector.case_sensitive = False
    detector.names = _read_names(Path(library.__file__).parent / "data" / "nam_dict.txt")
    return detector


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
