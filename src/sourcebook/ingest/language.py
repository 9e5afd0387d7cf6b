"""The language an article is written in, by py3langid (offline, no network, no spaCy).

An article is skipped as written in another language only when the detector is sure
(``MIN_CONFIDENCE``) and the text is long enough to judge (``MIN_LETTERS``): a short or
ambiguous text ("Obama said.") is kept and given the pipeline's language. The pipeline's
language (``Settings.language``) comes from the loaded spaCy model, set by the build engine.
"""

from __future__ import annotations

import json
import logging
import threading
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

__all__ = ["Detected", "LANGUAGE_NAMES", "MIN_CONFIDENCE", "detect_language", "language_name", "load_in_background",
           "other_language"]

log = logging.getLogger(__name__)

#: below this (normalised probability), the detection is too unsure to skip an article on
MIN_CONFIDENCE = 0.9
#: fewer letters than this are too few to judge a language from
MIN_LETTERS = 40
#: the text judged: its start is enough (PolNeAR train's 840 articles are judged English as surely from
#: their first 1,500 characters as from 5,000), and the detector walks it byte by byte in Python
#: (about 1.3 ms per 1,000 characters)
SAMPLE_CHARS = 1_500

#: names for messages; any other code is shown as itself
LANGUAGE_NAMES = {
    "ar": "Arabic", "ca": "Catalan", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sv": "Swedish",
    "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}


@dataclass(frozen=True, slots=True)
class Detected:
    """A detected language: its ISO 639-1 code and the detector's confidence (0-1)."""

    code: str
    confidence: float

    @property
    def sure(self) -> bool:
        return self.confidence >= MIN_CONFIDENCE


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once per process: from its
    arrays kept decompressed in the cache (``data_cache``: 0.04-0.1 s of CPU), else from the library's
    LZMA file (0.46-0.60 s), whose arrays are then kept for the next build."""
    import py3langid.langid as langid
    import py3langid.modelio as modelio

    from ..data_cache import folder_for, store

    folder = folder_for("langid", [langid.MODEL_DIR / langid.MODEL_FILE, Path(langid.__file__),
                                   Path(modelio.__file__)])
    broken = False
    if folder is not None and folder.is_dir():
        try:
            return _read_identifier(folder, langid.LanguageIdentifier)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.info("cached language identifier %s unreadable (%s): decoding the library's model", folder, exc)
            broken = True
    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    if folder is not None:
        store(folder, lambda scratch: _write_identifier(identifier, scratch), broken)
    return identifier


#: the identifier's arrays in the cache: (attribute, file); the transition tables are stdlib arrays
_ARRAYS = (("nb_ptc", "ptc.npy"), ("nb_pc", "pc.npy"))
_TABLES = (("tk_nextmove", "nextmove.bin"), ("tk_row", "row.bin"))


def _write_identifier(identifier: Any, folder: Path) -> None:
    import numpy

    for attribute, name in _ARRAYS:
        numpy.save(folder / name, getattr(identifier, attribute), allow_pickle=False)
    for attribute, name in _TABLES:
        (folder / name).write_bytes(getattr(identifier, attribute).tobytes())
    numpy.save(folder / "output.npy", numpy.asarray(identifier.tk_output, dtype=numpy.int64), allow_pickle=False)
    meta = {"classes": list(identifier.nb_classes),
            "typecodes": {attribute: getattr(identifier, attribute).typecode for attribute, _ in _TABLES}}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _read_identifier(folder: Path, kind: Any) -> Any:
    """The identifier ``kind.from_model_file`` makes, from the arrays ``_write_identifier`` kept:
    the same values of the same types."""
    import numpy

    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    ptc, pc = (numpy.load(folder / name, allow_pickle=False) for _, name in _ARRAYS)
    nextmove, row = (array(meta["typecodes"][attribute], (folder / name).read_bytes()) for attribute, name in _TABLES)
    output = numpy.load(folder / "output.npy", allow_pickle=False).tolist()
    classes = meta["classes"]
    if (ptc.ndim != 2 or ptc.shape[1] != len(classes) or pc.shape != (len(classes),) or len(row) != len(output)
            or len(nextmove) % 256):
        raise ValueError("arrays of unmatched sizes")
    return kind(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


_loading: threading.Thread | None = None


def load_in_background() -> threading.Thread:
    """Start loading the identifier in a thread and return it; join it before the first
    detection. Most of its second is LZMA decompression, which releases the GIL, so it overlaps
    the spaCy model load of a build instead of following it. Called again, the thread already
    started: a build starts it before importing its engine, which calls this again to join it."""
    global _loading
    if _loading is None:
        _loading = threading.Thread(target=_identifier, name="sourcebook-langid-load", daemon=True)
        _loading.start()
    return _loading


def detect_language(text: str) -> Detected | None:
    """The language of ``text``; None when it has too few letters to judge."""
    sample = text[:SAMPLE_CHARS]
    # letters counted up to MIN_LETTERS only: the first few dozen characters of an article tell
    if len(list(islice(filter(str.isalpha, sample), MIN_LETTERS))) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    return Detected(str(code), float(confidence))


def language_name(code: str) -> str:
    """``de`` -> ``German``; an unknown code as itself."""
    return LANGUAGE_NAMES.get(code, code)


def other_language(found: Detected | None, expected: str) -> str | None:
    """The reason to skip an article detected as ``found`` by a pipeline reading ``expected``;
    None when it is in that language, or the detection is too unsure to act on."""
    if found is None or not found.sure or found.code == expected:
        return None
    return (f"{language_name(found.code)} ({found.code}, {found.confidence:.2f}) - the pipeline reads "
            f"{language_name(expected)}; build with --model for that language or --any-language")
