"""One writer at a time: a second build waits a bounded time, then says plainly that a build is
running (pid, start time) - never a crash, never article text; runs left `running` by a dead
build are marked `interrupted` by the next writer."""

from __future__ import annotations

import os
import threading
import time

import pytest

from sourcebook.errors import StoreError
from sourcebook.nlp.pipeline import PipelineInfo
from sourcebook.store import Store
from sourcebook.store.lock import WriterLock

INFO = PipelineInfo("test_model", "1.0", "3.8", ())


def test_second_writer_is_refused_with_the_holder_named(store_url):
    with WriterLock(store_url):
        started = time.monotonic()
        with pytest.raises(StoreError, match="a build is already running on") as refused:
            WriterLock(store_url, wait=0.4).__enter__()
        assert time.monotonic() - started >= 0.4
        if "://" not in store_url:
            assert f"pid {os.getpid()}, started 20" in str(refused.value)
        else:
            assert f"sourcebook build pid {os.getpid()}" in str(refused.value)
    with WriterLock(store_url):  # released on exit
        pass


def test_second_writer_waits_for_the_first(tmp_path):
    db = str(tmp_path / "store.db")
    first = WriterLock(db).__enter__()
    threading.Timer(0.3, first.release).start()
    with WriterLock(db, wait=5):
        pass


def test_a_build_refused_by_the_lock_says_so_in_one_line(tmp_path, cli_main):
    db = tmp_path / "store.db"
    (tmp_path / "a.txt").write_text("The mayor said 30 bridges were closed.", encoding="utf-8")
    with WriterLock(str(db)):
        done = cli_main("build", str(tmp_path / "a.txt"), "--db", str(db), "--wait", "0", "--no-progress")
    assert done.returncode == 1
    assert "a build is already running" in done.stderr and "Traceback" not in done.stderr
    assert "bridges" not in done.stderr


def test_stale_running_runs_are_marked_interrupted(store_url):
    with Store(store_url, create=True) as store:
        dead = store.begin_run("sourcebook build x", ["x"], INFO)
        assert store.interrupt_stale_runs() == 1
        assert {r.id: r.status for r in store.runs()}[dead] == "interrupted"
        assert store.interrupt_stale_runs() == 0


@pytest.mark.slow
def test_two_build_processes_on_one_store(tmp_path, cli_main):
    """A real second build while the first runs: it says a build is running (no IntegrityError,
    no traceback, no article text); after the first ends, a re-run stores nothing twice."""
    import sqlite3
    import subprocess
    import sys

    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(60):
        (corpus / f"s{n:02d}.txt").write_text(f"Storm {n}. Officials said {n + 10} homes were damaged.", encoding="utf-8")
    db = tmp_path / "store.db"
    first = subprocess.Popen([sys.executable, "-m", "sourcebook.cli", "build", str(corpus), "--db", str(db),
                              "--batch-size", "2", "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and first.poll() is None and not (tmp_path / "store.db.lock").exists():
        time.sleep(0.05)
    time.sleep(0.5)
    assert first.poll() is None, "the first build ended before the second started"
    second = cli_main("build", str(corpus), "--db", str(db), "--wait", "0", "--no-progress")
    assert second.returncode == 1 and "a build is already running" in second.stderr, second.stderr
    assert "Traceback" not in second.stderr and "Storm" not in second.stderr
    first.wait(timeout=300)
    assert first.returncode == 0, first.stderr.read()
    again = cli_main("build", str(corpus), "--db", str(db), "--no-progress")
    assert again.returncode == 0 and "60 already stored" in again.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 60
