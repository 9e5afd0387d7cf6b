"""The decoded data files kept between builds (``data_cache``): the language identifier and the
given-name table read back from the cache are the ones decoded from the libraries' files, value for
value and type for type; a broken or unwritable cache only means decoding again; a changed source
gets a folder of its own. Every text is written for the test."""

from __future__ import annotations

import os
from pathlib import Path

import numpy
import pytest
from gender_guesser.detector import Detector

from sourcebook import data_cache
from sourcebook.ingest import language
from sourcebook.nlp.attribution import name_list

#: the identifier's state the library's loader sets (all of it a classification reads)
ATTRIBUTES = ("nb_ptc", "nb_pc", "nb_classes", "tk_nextmove", "tk_row", "tk_output", "_rowbase", "_alias_pairs",
              "_norm_probs", "min_confidence")
TEXTS = ("The harbour board of Kellwick said on Tuesday that the ferry fares would rise again in spring.",
         "Der Hafenrat von Kellwick teilte am Dienstag mit, dass die Fahrpreise im Frühjahr wieder steigen.",
         "Le conseil du port de Kellwick a annoncé mardi que les tarifs du traversier augmenteront au printemps.",
         "Obama said.")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "sourcebook"
    monkeypatch.setattr(data_cache, "cache_root", lambda: root)
    return root


def _folders(cache: Path, kind: str) -> list[Path]:
    return sorted(cache.glob(f"{kind}-*"))


def _same_identifier(ours, theirs) -> None:
    for attribute in ATTRIBUTES:
        mine, library = getattr(ours, attribute), getattr(theirs, attribute)
        assert type(mine) is type(library), attribute
        if isinstance(library, numpy.ndarray):
            assert mine.dtype == library.dtype and numpy.array_equal(mine, library), attribute
        else:
            assert mine == library, attribute
    for text in TEXTS:
        assert ours.classify(text) == theirs.classify(text)


def test_the_identifier_read_back_is_the_one_the_library_decodes(cache: Path):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    library = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = language._identifier.__wrapped__()  # decoded, then kept
    assert len(folder := _folders(cache, "langid")) == 1 and (folder[0] / "meta.json").exists()
    again = language._identifier.__wrapped__()  # read back
    _same_identifier(first, library)
    _same_identifier(again, library)


def test_a_broken_identifier_folder_is_decoded_again_and_replaced(cache: Path):
    language._identifier.__wrapped__()
    (folder,) = _folders(cache, "langid")
    nextmove = folder / "nextmove.bin"
    nextmove.write_bytes(nextmove.read_bytes()[:1000])  # cut short
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    _same_identifier(language._identifier.__wrapped__(), LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
    assert nextmove.stat().st_size % 1024 == 0 and nextmove.stat().st_size > 1000  # written whole again


def test_the_name_table_read_back_is_the_one_gender_guesser_reads(cache: Path):
    theirs = Detector(case_sensitive=False)
    for _ in range(2):  # decoded and kept, then read back
        ours = name_list.name_detector()
        assert ours.names == theirs.names and list(ours.names) == list(theirs.names)
        assert ours.get_gender("Marisol") == theirs.get_gender("Marisol")
    assert len(_folders(cache, "given-names")) == 1


def test_a_broken_name_table_is_read_from_the_library_again(cache: Path):
    name_list.name_detector()
    (folder,) = _folders(cache, "given-names")
    (folder / "names.marshal").write_bytes(b"\x00 not a table")
    assert name_list.name_detector().names == Detector(case_sensitive=False).names
    assert name_list.name_detector().names == Detector(case_sensitive=False).names  # rewritten, read back


def test_no_writable_cache_still_decodes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setattr(data_cache, "cache_root", lambda: blocker / "sourcebook")
    assert name_list.name_detector().names == Detector(case_sensitive=False).names
    assert language._identifier.__wrapped__().classify(TEXTS[0])[0] == "en"


def test_a_changed_source_gets_a_folder_of_its_own(cache: Path, tmp_path: Path):
    source = tmp_path / "list.txt"
    source.write_text("Marisol\n")
    before = data_cache.folder_for("names", [source])
    os.utime(source, ns=(1, 1))
    assert data_cache.folder_for("names", [source]) not in (before, None)
    assert data_cache.folder_for("names", [tmp_path / "missing.txt"]) is None
    assert before is not None and before.parent == cache


def test_a_new_folder_replaces_the_older_one_of_its_kind(cache: Path, tmp_path: Path):
    source = tmp_path / "list.txt"
    source.write_text("Marisol\n")
    older = data_cache.folder_for("names", [source])
    assert older is not None
    data_cache.store(older, lambda scratch: (scratch / "names.txt").write_text("Marisol\n"))
    other_kind = data_cache.folder_for("names-extra", [source])
    assert other_kind is not None
    data_cache.store(other_kind, lambda scratch: (scratch / "x.txt").write_text("x\n"))
    os.utime(source, ns=(1, 1))
    newer = data_cache.folder_for("names", [source])
    assert newer is not None and newer != older
    data_cache.store(newer, lambda scratch: (scratch / "names.txt").write_text("Marisol\nTeodoro\n"))
    assert set(_folders(cache, "names")) == {newer, other_kind}  # ('names-*' also matches the other kind)
    assert (newer / "names.txt").read_text() == "Marisol\nTeodoro\n" and not older.exists() and other_kind.exists()
