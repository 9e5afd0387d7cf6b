"""Shared fixtures: one spaCy pipeline per session, paths to the shared data, and what several
test files would otherwise each make again (one PostgreSQL cluster, one Dask cluster and one
clean build of the 64 varied articles per test process)."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
POLNEAR = SHARED / "corpora" / "polnear"


def pytest_configure(config):
    # A test run started in the background by a non-interactive shell (`make test &`, some CI
    # runners) inherits SIGINT ignored, and so would every build the Ctrl-C tests start: give
    # this process (each xdist worker too) Python's own handler, which children then get.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    # Collecting imports the test modules and what they import and makes an item per test:
    # objects that live the whole session, which full collections would walk again and again
    # (half a dozen of them per process, 1.2 s). No collector until they are frozen
    # (``pytest_collection_finish``), in the processes that collect: not xdist's controller.
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        gc.disable()


#: per-process fixtures slow to make that several test files share
SHARED_FIXTURES = ("dask_cluster", "varied_clean")
#: fixtures slow to make (a Chromium and a web server; spaCy's own pipeline) that the tests of a
#: file, or of two files, share: kept together on one worker, as each worker would make them
HEAVY_FIXTURES = ("browser", "spacy_pipeline")


def pytest_collection_modifyitems(config, items):
    """Order for ``-n N --dist worksteal``, which hands each worker one contiguous share of the
    tests and steals only from the end of a share: the files using a shared slow fixture come
    first (the first worker's share, never stolen: one Dask cluster and one clean build, made
    once), and the other files with slow tests or a slow module fixture start the second
    share, so the longest tests start at once on different workers and the browser tests are
    not split between the workers (stealing takes the ends of the shares: fast tests). Files
    stay whole; without xdist the order is unchanged."""
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers < 2 or not items:
        return
    files: dict[str, list[pytest.Item]] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)

    def kind(group: list[pytest.Item]) -> int:
        if any(name in getattr(item, "fixturenames", ()) for item in group for name in SHARED_FIXTURES):
            return 0
        heavy = any(name in getattr(item, "fixturenames", ()) for item in group for name in HEAVY_FIXTURES)
        return 2 if heavy or any(item.get_closest_marker("slow") for item in group) else 1

    first, middle, slow = ([i for group in files.values() if kind(group) == k for i in group] for k in range(3))
    cut = max(0, len(items) // workers - len(first))
    items[:] = first + middle[:cut] + slow + middle[cut:]


def _freeze_survivors() -> None:
    """Move every object alive now out of the cyclic garbage collector's sight (``gc.freeze``):
    the collected tests, the imported modules and the loaded pipeline live for the whole
    session, and each full collection would otherwise walk them all again (a worker ran about
    a dozen full collections, 0.3 s each, most of its time in the collector)."""
    gc.collect()
    gc.freeze()


def pytest_collection_finish(session):
    gc.freeze()  # without a full collection first (0.4 s): collecting leaves little garbage
    gc.enable()


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with every Sourcebook component."""
    from sourcebook.nlp.pipeline import load_pipeline

    pipeline = load_pipeline()
    _freeze_survivors()
    return pipeline


@pytest.fixture
def unjudged(nlp) -> Iterator[object]:
    """The pipeline with a threshold no record reaches: what is shown is what the threshold does not judge."""
    ranker = nlp.get_pipe("sourcebook_attributions").extractor.ranker
    saved, ranker.threshold = ranker.threshold, 1.01
    try:
        yield nlp
    finally:
        ranker.threshold = saved


@pytest.fixture(scope="session")
def spacy_pipeline(nlp):
    """The same spaCy pipeline as spaCy ships it: no Sourcebook components, spaCy's own rule
    components (what ``nlp.speedups`` is compared with). Loaded once per test process, by
    the tests that compare with it only."""
    import spacy

    return spacy.load(nlp.meta["sourcebook_model_name"])


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "gold").is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared is not beside the checkout)")
    return SEEDS


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    if not (POLNEAR / "train").is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR} (../shared is not beside the checkout)")
    return POLNEAR


PG_BIN_CANDIDATES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _as_postgres(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the `postgres` system user."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL cluster in a temp dir, listening on a Unix socket only."""
    bins = [b for b in PG_BIN_CANDIDATES if (b / "initdb").exists()]
    if not bins:
        pytest.skip("PostgreSQL server binaries not found under /usr/lib/postgresql (.ci/run installs them)")
    pg = bins[0]
    base = Path(tempfile.mkdtemp(prefix="sourcebook-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    run = lambda args: subprocess.run(_as_postgres(args), check=True, capture_output=True, text=True)  # noqa: E731
    run([str(pg / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
    run([str(pg / "pg_ctl"), "-D", str(data), "-w", "-l", str(base / "log"), "-o",
         f"-k {base} -c listen_addresses='' -c fsync=off", "start"])
    try:
        yield f"postgresql://postgres@/postgres?host={base}"
    finally:
        subprocess.run(_as_postgres([str(pg / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A fresh, empty store URL on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    url = request.getfixturevalue("postgres_url")
    from sqlalchemy import create_engine, text

    engine = create_engine("postgresql+psycopg://" + url.split("://", 1)[1])
    with engine.begin() as conn:  # every test starts from an empty database
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    yield url


@pytest.fixture
def cli_main(monkeypatch, capsys):
    """Run the ``sourcebook`` command through its real entry point (``cli.main``, as the console
    script calls it) in this process: the same parsing and error handling as a new process,
    without starting Python and loading the model anew. Returns a CompletedProcess."""
    from sourcebook import cli

    def call(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "argv", ["sourcebook", *args])
        monkeypatch.setenv("COLUMNS", "200")
        monkeypatch.delenv("SOURCEBOOK_DB", raising=False)
        with pytest.raises(SystemExit) as stopped:
            cli.main()
        # cli.main freezes the collector's objects before it exits (the process ends there); this
        # process goes on, so they are given back to the collector
        gc.unfreeze()
        out = capsys.readouterr()
        code = stopped.value.code
        return subprocess.CompletedProcess(list(args), code if isinstance(code, int) else 1, out.out, out.err)

    return call


@pytest.fixture(scope="session")
def dask_cluster():
    """One local Dask cluster (2 single-threaded worker processes) for every test of this
    process that builds on a scheduler: its workers load the model once, not once per file.
    A test that kills a worker gets it restarted by its nanny (with the same settings).

    What no test reads is off or rarer, as the cluster lives the whole session: Dask's
    statistical profiler (a stack sample every 10 ms of every task, for the dashboard: about a
    tenth of the workers' CPU time), and the memory, system and event-loop monitors (every
    0.1-0.5 s, in the workers and in this process: an idle cluster used 2.6 s of CPU every 30 s,
    now 0.7 s).

    Its worker processes are forked from a fresh server process that has imported Distributed
    and the worker's side of Sourcebook (spaCy included) once, instead of each importing them
    anew (Distributed's own test suite does the same): each worker, and a killed worker's
    replacement, still loads the model itself. The server is a new interpreter, not a copy of
    this one (Python's ``forkserver``), so the workers start as clean as spawned ones."""
    distributed = pytest.importorskip("distributed")
    import dask
    from distributed.utils import get_mp_context

    quiet = {
        "distributed.worker.profile.enabled": False,
        "distributed.admin.system-monitor.interval": "2s",
        "distributed.worker.memory.monitor-interval": "1s",
        "distributed.admin.tick.interval": "200ms",
        "distributed.worker.multiprocessing-method": "forkserver",
    }
    with dask.config.set(quiet):
        # after Distributed set its own list (the first call), before the server starts
        get_mp_context().set_forkserver_preload(["distributed", "sourcebook.build.dask.tasks"])
    with dask.config.set(quiet), distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                          dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture(scope="session")
def varied_clean(tmp_path_factory):
    """The 65 varied articles of ``tests/build/test_resume.py``, the aliases table every build
    of them is given, and the ledger export of one clean build of them (in-process, no
    interruption), byte for byte: what the resumed, ``--jobs 2`` and Dask builds of them are
    compared with."""
    if str(ROOT / "tests" / "build") not in sys.path:  # where pytest imports test_resume from
        sys.path.insert(0, str(ROOT / "tests" / "build"))
    from test_resume import N, ledger_bytes, varied_corpus

    from sourcebook.build import build
    from sourcebook.nlp.lexicon import extend_tables
    from sourcebook.report.exports import export
    from sourcebook.settings import Settings
    from sourcebook.store import Store

    base = tmp_path_factory.mktemp("clean")
    corpus, aliases = varied_corpus(base / "corpus")
    try:
        build([str(corpus)], Settings(db=str(base / "clean.db"), aliases=str(aliases)))
    finally:
        extend_tables(None, None)  # other tests of this process get the packaged tables
    with Store(str(base / "clean.db")) as store:
        export(store, "ledger", base / "ledger")
    ledger = ledger_bytes(base / "ledger")
    assert len(ledger) == N + 4  # articles + measures, speakers, stories, index
    # what makes the corpus varied: figures that agree, conflict and move over time
    verdicts = {measure["verdict"] for measure in json.loads(ledger["measures.json"])}
    assert {"agree", "conflict", "changed_over_time"} <= verdicts, verdicts
    # the user's aliases name the harbour article's speaker
    assert "Port Authority of Brask" in {speaker["name"] for speaker in json.loads(ledger["speakers.json"])}
    return corpus, aliases, ledger
