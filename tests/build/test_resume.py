"""Resume == clean build: a build interrupted by kill -9, resumed and stopped by Ctrl-C, then re-run, and a
``--jobs 2`` build, export the same ledger as one clean build, byte for byte, on 64 varied
articles (metadata dates, datelines, undated ones, figures that agree, conflict and move, a
speaker quoted across articles) and one whose speaker a user's aliases table renames (every
build here is given the table: it must reach the build processes and the ``--jobs`` workers).
64 (was 120) keeps every kind of article and verdict (``tests/conftest.py`` checks the
verdicts) and still leaves most of the build after the kills."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from sourcebook.nlp.lexicon import extend_tables, extra_path
from sourcebook.store import open_store

N = 65  # 64 storm reports and the harbour article
#: the harbour article, and the user's aliases table that names its speaker
#: (as ``tests/build/test_lexicon_tables.py``'s: the table must reach every process)
HARBOUR = ('"The spillway held through the night," the Brask Harbour Board said on Monday.\n\n'
           'The Brask Harbour Board said 40 boats were moved to the inner basin.\n')
ALIASES = {"Port Authority of Brask": ["Brask Harbour Board", "the Brask Harbour Board"]}
TOWNS = ["Arlo", "Brenn", "Cask", "Dunmore", "Elst", "Fenwick", "Garrow", "Holt"]
MONTHS = ["March", "April", "May", "June"]


def varied_corpus(directory: Path) -> tuple[Path, Path]:
    """``N - 1`` short storm reports: a third dated by a sidecar, a third by a dateline in the
    text, the rest undated or dated by their file name; counts that agree, conflict and move;
    and the harbour article. Returns the corpus directory and the aliases table beside it,
    which every build of the corpus is given."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    aliases = directory.parent / f"{directory.name}-aliases.json"
    aliases.write_text(json.dumps(ALIASES), encoding="utf-8")
    for i in range(N - 1):
        town = TOWNS[i % len(TOWNS)]
        day, month = 1 + i % 27, MONTHS[(i // 27) % len(MONTHS)]
        homes = 40 + (i % 3) * 15 if i % 5 else 200
        lead = f"{town.upper()}, {day} {month} 2031 - " if i % 3 == 1 else ""
        text = (f"{lead}Storm report {i} from {town}.\n\n"
                f"Officials in {town} said {homes} homes were damaged, and about {i % 7 + 2} schools were closed. "
                f"\"We counted {i % 11 + 3} injured people last week,\" said Dana Kell, a nurse in {town}. "
                f"According to the Red Cross, more than {100 + (i % 4) * 50} people were displaced.\n")
        name = f"story-{i:03d}.txt" if i % 9 else f"2031-0{3 + i % 4}-{day:02d}-story-{i:03d}.txt"
        (directory / name).write_text(text, encoding="utf-8")
        if i % 3 == 0:
            meta = {"published": f"2031-0{3 + i % 4}-{day:02d}", "outlet": f"{town} Courier"}
            (directory / name).with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return directory, aliases


def ledger_bytes(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.json"))}


def _export(cli_main, db: Path, out: Path) -> dict[str, bytes]:
    done = cli_main("export", "--format", "ledger", "--out", str(out), "--db", str(db))
    assert done.returncode == 0, done.stderr
    return ledger_bytes(out)


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _command(args: list[str], stderr: str) -> None:
    """``sourcebook ARGS`` through the command's entry point (``cli.main``), in the new
    process ``_interrupt`` starts: its stdout to /dev/null, its stderr to a file."""
    for fd, path in ((1, os.devnull), (2, stderr)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(target, fd)
        os.close(target)
    from sourcebook import cli

    cli.main(args)


def _interrupt(corpus: Path, aliases: Path, db: Path, sig: int, after: int,
               meanwhile: Callable[[], None] | None = None) -> tuple[int, str]:
    """Start a build in a new process and send it ``sig`` once ``after`` more articles are
    stored (``meanwhile`` is called once it has stored its first articles); its exit status
    and what it wrote to stderr.

    The process is forked from multiprocessing's fork server, a fresh interpreter (not a copy
    of this one) that has already imported Sourcebook and spaCy when the session's Dask
    cluster started it (``tests/conftest.py``): the build loads the model and runs as the
    installed command would, without importing everything anew. ``python -m sourcebook.cli``
    in a new interpreter is ``tests/test_cli_errors.py``'s."""
    before = _stored(db) if db.exists() else 0
    stderr = db.with_name(f"{db.name}.{signal.Signals(sig).name}.stderr")
    args = ["build", str(corpus), "--db", str(db), "--aliases", str(aliases), "--batch-size", "4", "--no-progress"]
    proc = multiprocessing.get_context("forkserver").Process(target=_command, args=(args, str(stderr)))
    proc.start()
    deadline = time.time() + 180

    def wait_for(stored: int) -> None:
        while time.time() < deadline and proc.is_alive() and _stored(db) < stored:
            time.sleep(0.1)
        assert proc.is_alive(), "the build finished before it could be interrupted"

    try:
        if meanwhile is not None:
            wait_for(before + 1)
            meanwhile()
        wait_for(before + after)
        os.kill(proc.pid, sig)
        proc.join(timeout=60)
        assert proc.exitcode is not None, "the build did not stop"
    finally:
        if proc.is_alive():
            proc.kill()
            proc.join()
    # killed by a signal: -SIG, as subprocess gives it
    return proc.exitcode, stderr.read_text(encoding="utf-8")


@pytest.fixture
def clean(varied_clean):
    """The corpus, its aliases table and the ledger of one clean build of it
    (``tests/conftest.py``: made once per test process, shared with the Dask engine's test)."""
    yield varied_clean
    extend_tables(None, None)  # the in-process builds installed the aliases: later tests get the packaged tables


@pytest.mark.slow
def test_kill_9_then_ctrl_c_then_rerun_gives_the_clean_ledger_byte_for_byte(clean, tmp_path, cli_main):
    """One store through both interruptions (was two tests, each starting its own builds):
    a build killed by kill -9 (a second build refused while it ran), the resumed build stopped
    by Ctrl-C, then a build to the end."""
    corpus, aliases, expected = clean
    db = tmp_path / "interrupted.db"

    def second_build_is_refused() -> None:
        """One writer at a time (was tests/store/test_lock.py's own build process): a second
        build while the first runs says so in one line - no traceback, no article text."""
        second = cli_main("build", str(corpus), "--db", str(db), "--wait", "0", "--no-progress")
        assert second.returncode == 1 and "a build is already running" in second.stderr, second.stderr
        assert "Traceback" not in second.stderr and "Storm" not in second.stderr

    _interrupt(corpus, aliases, db, signal.SIGKILL, after=12, meanwhile=second_build_is_refused)
    with sqlite3.connect(db) as conn:  # killed mid-run: its run is left `running`; the refused build left none
        assert [r[0] for r in conn.execute("select status from runs order by id")] == ["running"]
    status, stderr = _interrupt(corpus, aliases, db, signal.SIGINT, after=12)
    assert status == 130 and "interrupted" in stderr and "Traceback" not in stderr, (status, stderr)
    with sqlite3.connect(db) as conn:
        # the second build found the first one's run still running and marked it interrupted;
        # Ctrl-C stopped the second cleanly, and its run says so
        assert [r[0] for r in conn.execute("select status from runs order by id")] == ["interrupted", "interrupted"]
        # every article stored before the kill and the Ctrl-C is complete: written with its records in one transaction
        stored = conn.execute("select count(*) from articles").fetchone()[0]
        incomplete = conn.execute(
            "select count(*) from articles a where not exists (select 1 from sentences s where s.article_id = a.id)"
        ).fetchone()[0]
        assert 24 <= stored < N and incomplete == 0
    assert cli_main("build", str(corpus), "--db", str(db), "--aliases", str(aliases), "--no-progress").returncode == 0
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("select status from runs order by id")] == ["interrupted"] * 2 + ["complete"]
    assert _export(cli_main, db, tmp_path / "out") == expected


@pytest.mark.slow
def test_two_jobs_give_the_clean_ledger_byte_for_byte(clean, tmp_path, cli_main):
    """Two worker processes extract; the user's aliases table reaches both (was also
    ``tests/build/test_lexicon_tables.py``'s own ``--jobs 2`` build of the harbour article:
    each such build starts two processes that load the model)."""
    corpus, aliases, expected = clean
    db = tmp_path / "j2.db"
    done = cli_main("build", str(corpus), "--db", str(db), "--jobs", "2", "--aliases", str(aliases), "--no-progress")
    assert done.returncode == 0, done.stderr
    with open_store(str(db)) as store:
        [harbour] = [article for article in store.articles() if article.stem == "harbour"]
        speakers = {a.speaker for a in store.extraction(harbour.id).attributions}  # as a worker process extracted them
        merged = {s.name for s in store.speakers()}
    assert "Port Authority of Brask" in speakers and "Port Authority of Brask" in merged
    assert extra_path("aliases") == str(aliases)
    assert _export(cli_main, db, tmp_path / "out") == expected
