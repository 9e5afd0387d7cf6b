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


# A real second build process while the first runs: tests/build/test_resume.py (the kill -9
# test refuses a second build while its first build process runs, and the resumed builds store
# nothing twice: the ledger is the clean one, byte for byte).
