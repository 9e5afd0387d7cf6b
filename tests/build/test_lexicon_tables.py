"""A user's aliases and measure tables reach every process of a build through Settings
(``--aliases``/``--measures``), and the library itself reads no environment variable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import sourcebook
from sourcebook.errors import SettingsError
from sourcebook.nlp.lexicon import extend_tables, extra_path
from sourcebook.settings import Settings
from sourcebook.store import open_store

SRC = Path(sourcebook.__file__).resolve().parent

ARTICLE = ('"The spillway held through the night," the Brask Harbour Board said on Monday.\n\n'
           'The Brask Harbour Board said 40 boats were moved to the inner basin.\n')


@pytest.fixture(autouse=True)
def _packaged_tables_after():
    yield
    extend_tables(None, None)  # other tests of this process see the packaged tables


@pytest.mark.slow
def test_user_aliases_reach_the_speakers(tmp_path):
    """In the build's own process; the ``--jobs 2`` worker processes get the same table in
    ``tests/build/test_resume.py``'s two-jobs build (of this article among others: one build
    starting two processes that load the model, not two), the CLI's build processes in its
    interrupted builds, and a running Dask cluster in ``tests/build/test_dask_build.py``."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"Port Authority of Brask": ["Brask Harbour Board", "the Brask Harbour Board"]}))
    db = str(tmp_path / "store.db")
    sourcebook.build([str(tmp_path / "in")], Settings(db=db, aliases=str(aliases)))
    with open_store(db) as store:
        [article] = store.articles()
        speakers = {a.speaker for a in store.extraction(article.id).attributions}
        merged = {s.name for s in store.speakers()}
    assert "Port Authority of Brask" in speakers
    assert "Port Authority of Brask" in merged
    assert extra_path("aliases") == str(aliases)


def test_without_the_option_the_packaged_aliases_alone(tmp_path):
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    sourcebook.build([str(tmp_path / "harbour.txt")], Settings(db=db))
    with open_store(db) as store:
        [article] = store.articles()
        speakers = {a.speaker for a in store.extraction(article.id).attributions}
    assert "Port Authority of Brask" not in speakers
    assert extra_path("aliases") is None


def test_a_missing_or_malformed_table_is_named(tmp_path):
    with pytest.raises(SettingsError, match="no-such.json"):
        Settings(measures=str(tmp_path / "no-such.json"))
    bad = tmp_path / "bad-aliases.json"
    bad.write_text('{"Port Authority": "not a list"}')
    with pytest.raises(SettingsError, match="bad-aliases.json"):
        extend_tables(aliases=str(bad))


def test_only_the_cli_reads_the_environment():
    readers = []
    for path in sorted(SRC.rglob("*.py")):
        if re.search(r"os\.environ|os\.getenv|getenv\(", path.read_text(encoding="utf-8")):
            readers.append(path.relative_to(SRC).as_posix())
    assert readers == ["cli.py"]


@pytest.mark.slow
def test_user_aliases_reach_the_dask_workers(tmp_path):
    """A cluster the build starts itself, with spawned workers as a user gets them (the
    session's cluster, ``tests/conftest.py``, forks its workers from a server process)."""
    pytest.importorskip("distributed", reason="the Dask engine needs sourcebook[scale]")
    import dask

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"Port Authority of Brask": ["Brask Harbour Board", "the Brask Harbour Board"]}))
    db = str(tmp_path / "store.db")
    with dask.config.set({"distributed.worker.multiprocessing-method": "spawn"}):  # Distributed's default
        sourcebook.build([str(tmp_path / "in")], Settings(db=db, engine="dask", workers=1, aliases=str(aliases)))
    with open_store(db) as store:
        [article] = store.articles()
        speakers = {a.speaker for a in store.extraction(article.id).attributions}
    assert "Port Authority of Brask" in speakers
