"""Usage mistakes a newcomer makes, run through the real ``sourcebook`` command: each gives one
line saying what is wrong and a hint naming what was meant - never a traceback - with exit
status 2 for a usage error and 1 for any other error; ``--debug`` shows the traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import sourcebook

SRC = str(Path(sourcebook.__file__).resolve().parents[1])
EXAMPLES = str(Path(__file__).resolve().parents[1] / "examples")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The real ``sourcebook`` command in a new process."""
    env = {**os.environ, "PYTHONPATH": SRC, "COLUMNS": "200"}
    env.pop("SOURCEBOOK_DB", None)
    return subprocess.run([sys.executable, "-m", "sourcebook.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)




#: (command line, exit status, words the first line must hold, words the message must hold: the
#: option, command or path meant, or where to look)
MISTAKES = [
    (["build", EXAMPLES, "--dbb", "x.db"], 2, ["--dbb"], ["did you mean --db?"]),
    (["biuld", EXAMPLES], 2, ["biuld"], ["did you mean build?"]),
    (["export", "--format", "csv"], 2, ["--out"], ["sourcebook export --format"]),
    (["build", EXAMPLES, "--jobs", "abc"], 2, ["'abc'", "--jobs", "whole number"], ["sourcebook build --help"]),
    (["build", "exampels-missing"], 2, ["no such file or directory", "exampels-missing"], ["standard input"]),
    (["build", "example"], 2, ["no such file or directory"], ["did you mean examples?"]),
    (["build"], 2, ["PATHS"], ["sourcebook build"]),
    (["report", "--format", "pdf", "--db", "store.db"], 2, ["'pdf'", "md, html"], []),
    (["report", "--db", "no/such/dir/store.db"], 1, ["no store at"], []),
    (["stats", "extra"], 2, ["extra"], ["sourcebook stats --help"]),
    (["evaluate", "gold", "--modle", "x"], 2, ["--modle"], ["did you mean --model?"]),
]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A directory holding ``examples`` (for the "did you mean" of a misspelt path)."""
    base = tmp_path_factory.mktemp("cli-errors")
    (base / "examples").mkdir()
    return base


@pytest.mark.parametrize(("args", "status", "message", "hint"), MISTAKES, ids=[" ".join(m[0][:3]) for m in MISTAKES])
def test_usage_mistakes_give_a_line_and_a_hint_not_a_traceback(workdir, cli_main, args, status, message, hint):
    result = cli_main(*args, cwd=workdir)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == status, result.stderr
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2, lines
    assert lines[0].startswith("error: ")
    for words in message:
        assert words in lines[0]
    if len(lines) == 2:
        assert lines[1].startswith("hint: ")
    for words in hint:
        assert words in result.stderr
    assert not (workdir / "x.db").exists()  # nothing was built


def test_a_missing_path_stores_nothing(workdir, cli_main):
    result = cli_main("build", "missing.txt", "--db", "never.db", cwd=workdir)
    assert result.returncode == 2
    assert not (workdir / "never.db").exists()


def test_debug_shows_the_traceback_anywhere_on_the_line(workdir, cli_main):
    # cli.main in this process (the same argument handling as the command; a new process is
    # the test below): --debug is found by cli.main wherever it stands
    for args in (["--debug", "report", "--db", "no/such/store.db"], ["report", "--db", "no/such/store.db", "--debug"]):
        result = cli_main(*args, cwd=workdir)
        assert result.returncode == 1
        assert "Traceback" in result.stderr and "StoreError" in result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("error: no store at")


def test_a_mistake_through_the_installed_command_in_a_new_process(workdir):
    # the in-process table above runs cli.main; this runs the command as a user would
    result = run("build", "example", cwd=workdir)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.returncode == 2
    assert result.stderr.startswith("error: no such file or directory") and "did you mean examples?" in result.stderr


def test_a_ctrl_c_the_database_pool_logs_is_not_shown():
    """SQLAlchemy's pool logs a KeyboardInterrupt that lands while it resets a connection, with its traceback; the
    CLI's log handlers drop that record (the command itself says 'interrupted') and keep every other error."""
    import logging

    from sourcebook.cli import not_an_interrupt

    logger = logging.getLogger("sqlalchemy.pool.impl.QueuePool")

    def logged(exc: BaseException | None) -> logging.LogRecord:
        if exc is None:
            return logger.makeRecord(logger.name, logging.WARNING, __file__, 1, "a warning", (), None)
        try:
            raise exc
        except BaseException:
            return logger.makeRecord(logger.name, logging.ERROR, __file__, 1, "Exception during reset or similar", (),
                                     sys.exc_info())

    assert not not_an_interrupt(logged(KeyboardInterrupt()))
    assert not_an_interrupt(logged(RuntimeError("disk I/O error")))
    assert not_an_interrupt(logged(None))
