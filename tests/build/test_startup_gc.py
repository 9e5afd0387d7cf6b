"""A build's start-up makes about a million objects (spaCy's model, the lexicons, the compiled
patterns) and frees none: no collector pass may walk them before the extractor freezes them.
``paused_gc`` holds even when a library turns the collector back on inside it (srsly does for
each part of a model it reads), and the local engine enters the extractor (which freezes) before
the collector resumes. Every text is written for the test."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from sourcebook.reconcile.classes import paused_gc


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_paused_gc_holds_when_a_library_enables_the_collector():
    passes: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    before = gc.get_threshold(), gc.isenabled()
    gc.callbacks.append(count)
    try:
        with paused_gc():
            gc.enable()  # as srsly's msgpack_loads does
            kept = [Cycle() for _ in range(50 * before[0][0])]
            assert not passes
        assert (gc.get_threshold(), gc.isenabled()) == before
    finally:
        gc.callbacks.remove(count)
    assert len(kept) == 50 * before[0][0]


#: run in a new process: no object frozen yet, the model not loaded
BUILD = r"""
import gc, json, sys
from pathlib import Path
from sourcebook.build import build
from sourcebook.settings import Settings

largest = [0]
frozen = [0]
building = [False]

def walked(phase, info):
    if phase == "start" and building[0]:
        largest[0] = max(largest[0], sum(len(gc.get_objects(g)) for g in range(info["generation"] + 1)))
        frozen[0] = max(frozen[0], gc.get_freeze_count())

gc.callbacks.append(walked)
folder = Path(sys.argv[1])
(folder / "in").mkdir()
(folder / "in" / "ferry.txt").write_text("The ferry will run again in June, the harbour master said on Friday.\n")
building[0] = True
summary = build([str(folder / "in")], Settings(db=str(folder / "s.db")))
building[0] = False
print(json.dumps({"new": summary.new, "largest": largest[0], "frozen": frozen[0]}))
"""


def test_no_collector_pass_walks_the_loaded_model(tmp_path):
    out = subprocess.run([sys.executable, "-c", BUILD, str(tmp_path)], capture_output=True, text=True, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["new"] == 1
    # the objects the extractor froze (the model, the lexicons) are some 200,000 the collector
    # tracks; a pass over the young objects of a build walks far fewer (a pass over the newly
    # loaded model, before it was frozen, walked some 150,000)
    assert result["frozen"] > 100_000, result
    assert result["largest"] < result["frozen"] / 2, result


#: a ``--jobs`` worker's start, in a new process as a spawned worker would be
WORKER = r"""
import gc, json
from sourcebook.nlp import runner
import sourcebook.reconcile.classes  # imported by the worker before it loads the model

passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
before = gc.isenabled(), gc.get_threshold()
runner._init_worker(None, 16, None, None)
print(json.dumps({"passes": len(passes), "frozen": gc.get_freeze_count(),
                  "restored": [gc.isenabled(), list(gc.get_threshold())] == [before[0], list(before[1])],
                  "loaded": runner._WORKER_NLP is not None}))
"""


def test_a_worker_loads_the_model_with_the_collector_paused():
    """A worker loads the same model as the build's process: no pass may walk it before it is
    frozen, and the collector is as it was afterwards."""
    out = subprocess.run([sys.executable, "-c", WORKER], capture_output=True, text=True, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    assert result["loaded"] and result["restored"], result
    assert result["passes"] == 0, result
    assert result["frozen"] > 100_000, result
