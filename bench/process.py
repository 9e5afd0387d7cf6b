"""Run a whole `sourcebook build` process and measure it from the outside: wall seconds from
spawn to exit (interpreter start, imports, model load, read, extract, store, reconcile) and the
peak RSS of the build process and of each `--jobs` worker (VmHWM from /proc, sampled while it
runs; Linux only, empty elsewhere). Used by run.py for the build ratio and the --jobs scaling.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

#: a child process smaller than this is a helper, not a worker holding a pipeline
HELPER_KB = 100 * 1024


def build_process(folder: Path, db: Path, jobs: int = 1, model: str | None = None) -> dict:
    """Seconds and peak memory of `sourcebook build FOLDER --db DB --jobs N` in a new process."""
    cmd = [sys.executable, "-m", "sourcebook.cli", "build", str(folder), "--db", str(db), "--no-progress",
           "--jobs", str(jobs)]
    if model:
        cmd += ["--model", model]
    clock = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    sampler = threading.Thread(target=_sample, args=(proc, peaks), daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - clock
    sampler.join()
    if proc.returncode not in (0, 3):  # 3: finished with something skipped
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    main = peaks.pop(proc.pid, 0)
    workers = [kb for kb in peaks.values() if kb > HELPER_KB]  # not multiprocessing's resource tracker
    return {"seconds": round(seconds, 2), "jobs": jobs, "peak_rss_mb": round(main / 1024, 1),
            "peak_rss_mb_per_worker": sorted(round(kb / 1024, 1) for kb in workers),
            "summary": out.strip().splitlines()[0] if out.strip() else ""}


def _sample(proc: subprocess.Popen, peaks: dict[int, int]) -> None:
    """VmHWM (peak RSS, kB) of ``proc`` and its descendants until it exits."""
    while proc.poll() is None:
        for pid in _family(proc.pid):
            peak = _vm_hwm(pid)
            if peak:
                peaks[pid] = max(peaks.get(pid, 0), peak)
        time.sleep(0.25)


def _family(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    family, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        family += frontier
    return family


def _vm_hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0
