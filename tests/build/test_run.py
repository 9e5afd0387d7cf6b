"""The run record sets its own status however a build ends; one ``build()`` picks the engine
from Settings; ``date_article`` dates an article from itself alone;
reconciliation reads typed ``StoredFigure`` records. No spaCy model needed."""

from __future__ import annotations

import os
import signal
import threading

import pytest
from sqlalchemy import event

import sourcebook
from sourcebook.build import engine_for
from sourcebook.build.dating import date_article
from sourcebook.build.reconcile import reconcile_inputs
from sourcebook.build.run import Run
from sourcebook.errors import SettingsError
from sourcebook.model import Article, Attribution, Extraction, Figure, Skipped, Span
from sourcebook.nlp.pipeline import PipelineInfo
from sourcebook.settings import Settings
from sourcebook.store import Store
from sourcebook.store.engine import held_interrupts

INFO = PipelineInfo("test_model", "1.0", "3.8", ())


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "runs.db"), create=True) as opened:
        yield opened


def test_a_run_that_ends_normally_is_complete_with_its_counts_and_skips(store):
    with Run(store, "sourcebook build x", ["x"], INFO) as summary:
        summary.new = 3
        summary.note(Skipped("bad.txt", "empty"))
        summary.note(Skipped("notes.md", "not an article file", ignored=True))
    [record] = store.runs()
    assert (record.status, record.new, record.skipped, record.inputs) == ("complete", 3, 1, ("x",))
    assert summary.status == "complete" and [s.where for s in summary.ignored] == ["notes.md"]
    assert store.skipped(record.id) == [(record.id, Skipped("bad.txt", "empty"))]


@pytest.mark.parametrize(("error", "status"), [(KeyboardInterrupt, "interrupted"), (RuntimeError, "failed")])
def test_a_run_that_raises_records_how_it_ended_and_lets_the_exception_through(store, error, status):
    with pytest.raises(error), Run(store, "sourcebook build x", ["x"], INFO) as summary:
        summary.skipped.append(Skipped("bad.txt", "empty"))
        raise error()
    [record] = store.runs()
    assert (record.status, record.skipped, summary.status) == (status, 1, status)
    assert record.finished is not None


def test_a_ctrl_c_that_something_swallowed_still_ends_the_run_as_interrupted(store):
    """SIGINT inside code that drops exceptions (a finaliser, a library's cleanup) is not lost:
    the engines' check after each batch raises it, and so does a normal exit."""
    def swallowed_ctrl_c():
        try:
            os.kill(os.getpid(), signal.SIGINT)  # delivered at once, in the main thread
        except KeyboardInterrupt:
            pass  # what a careless `except BaseException` or a finaliser does

    with pytest.raises(KeyboardInterrupt), Run(store, "sourcebook build x", ["x"], INFO) as summary:
        swallowed_ctrl_c()
        assert summary.interrupt_requested
        summary.stop_if_interrupted()
        summary.new = 99  # never reached
    with pytest.raises(KeyboardInterrupt), Run(store, "sourcebook build x", ["x"], INFO) as later:
        swallowed_ctrl_c()  # swallowed in the last step: the run still says so on the way out
    assert [(r.status, r.new) for r in store.runs()] == [("interrupted", 0), ("interrupted", 0)]
    assert (summary.status, later.status) == ("interrupted", "interrupted")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back


def test_a_ctrl_c_during_a_write_waits_for_its_commit_and_the_run_still_ends_interrupted(store):
    """A KeyboardInterrupt raised inside a database call could leave SQLite's write lock held,
    and the interrupted build's own run record then failed with "database is locked". Ctrl-C
    during a write transaction is held until it commits, then interrupts the run."""
    after_the_signal: list[str] = []

    def ctrl_c_mid_write(conn, cursor, statement, *rest):
        if "INSERT INTO skipped" in statement and not after_the_signal:
            os.kill(os.getpid(), signal.SIGINT)  # delivered at once, in the main thread
            after_the_signal.append(statement)  # not reached when the Ctrl-C raises here

    event.listen(store.engine, "before_cursor_execute", ctrl_c_mid_write)
    with pytest.raises(KeyboardInterrupt), Run(store, "sourcebook build x", ["x"], INFO) as summary:
        store.add_skipped(summary.run_id, [Skipped("a.txt", "empty"), Skipped("b.txt", "not UTF-8")])
        summary.new = 99  # never reached: the Ctrl-C arrives when the write has committed
    event.remove(store.engine, "before_cursor_execute", ctrl_c_mid_write)
    [record] = store.runs()
    assert after_the_signal and (record.status, record.new, summary.interrupt_requested) == ("interrupted", 0, True)
    assert [s.where for _, s in store.skipped(record.id)] == ["a.txt", "b.txt"]  # the whole transaction
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_held_interrupts_give_way_to_an_error_and_do_nothing_outside_the_main_thread():
    with pytest.raises(ValueError), held_interrupts():  # the block's own error wins over the Ctrl-C
        os.kill(os.getpid(), signal.SIGINT)
        raise ValueError("the write failed")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    seen = []

    def in_a_thread():
        with held_interrupts():
            seen.append(signal.getsignal(signal.SIGINT))  # a thread may not set handlers: left alone

    worker = threading.Thread(target=in_a_thread)
    worker.start()
    worker.join()
    assert seen == [signal.default_int_handler]


def test_engine_is_chosen_from_settings_and_validated():
    assert engine_for(Settings()).name == "local"
    pytest.importorskip("distributed")
    assert engine_for(Settings(engine="dask")).name == "dask"
    with pytest.raises(SettingsError, match="unknown engine 'spark'; valid: local, dask"):
        Settings(engine="spark")
    with pytest.raises(SettingsError, match="workers must be 1 or more"):
        Settings(engine="dask", workers=0)


def test_dask_refuses_standard_input_before_starting_a_cluster(tmp_path):
    pytest.importorskip("distributed")
    with pytest.raises(SettingsError, match="standard input"):
        sourcebook.build(["-"], Settings(db=str(tmp_path / "x.db"), engine="dask"))


def test_the_package_build_stays_the_function():
    import sourcebook.build.local  # noqa: F401 - importing the subpackage must not shadow it

    assert callable(sourcebook.build) and sourcebook.build.__module__ == "sourcebook.build"


def test_dating_uses_the_article_alone():
    text = "BRASK, 9 May 2031 - The port reopened, officials said. On 3 May it had closed."
    estimated = date_article(Article("a", text, "a"))
    assert (estimated.published, estimated.published_source, estimated.published_evidence) == (
        "2031-05-09", "estimate", "9 May 2031")
    given = Article("b", text, "b", published="2031-05-10", published_source="metadata")
    assert date_article(given) is given
    undated = Article("c", "Built in 1998. On 3 May officials met.", "c")
    assert date_article(undated) is undated  # a day without a year is no evidence


def test_reconcile_inputs_come_from_typed_stored_figures(store):
    text = "Officials said 40 homes were lost."
    article = Article("art1", text, "story", published="2031-01-02", outlet="Valley Courier")
    extraction = Extraction(
        attributions=(Attribution("a1", "indirect", Span.of(text, 0, 9), Span.of(text, 10, 14),
                                  (Span.of(text, 15, 33),), speaker="Officials", speaker_kind="organisation",
                                  relayed_by="the agency"),),
        figures=(Figure("f1", Span.of(text, 15, 17), 40.0, 40.0, 40.0, "exact", unit="homes", attribution="a1"),),
    )
    store.add_articles([(article, extraction)])
    speakers, [item] = reconcile_inputs(store)
    assert (item.figure_id, item.article_id, item.document, item.published) == ("art1:f1", "art1", "story", "2031-01-02")
    assert item.relayed_by == "the agency" and item.speaker_id == speakers["art1:a1"].id
    assert item.outlet == "Valley Courier"  # an outlet's unattributed figures are one source
