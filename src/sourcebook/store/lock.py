"""One writer at a time: the build lock of a store.

Two builds writing into one store at once would race on the same article ids. A build holds
the store's writer lock from before it opens the store (so migrations do not race either) to
its end; a second build waits up to ``wait`` seconds, then says plainly that a build is
running, naming the holder's pid and start time.

- SQLite: an exclusive ``flock`` on ``<store>.lock`` beside the database file; the holder writes
  its pid and start time into it. The kernel drops the lock when the holder dies, even by
  ``kill -9``, so a lock is never stale. The file itself stays (removing it would let two
  writers lock two different files).
- PostgreSQL: a session advisory lock (``pg_try_advisory_lock``) on a connection held for the
  build; the holder's connection is named ``sourcebook build pid N since T`` so the message
  can name it. PostgreSQL drops it when the connection ends.
- Other URLs (``sqlite://`` in memory): nothing to share, no lock.

Because only the lock holder writes runs, a run still ``running`` when the lock is taken was
left by a build that died; ``write.interrupt_stale_runs`` marks it ``interrupted``.
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from .engine import connect, database_url, display_url

__all__ = ["LOCK_KEY", "WriterLock"]

#: the PostgreSQL advisory lock key of a Sourcebook store ("SRCB")
LOCK_KEY = 0x53524342
_POLL = 0.2


class WriterLock:
    """``with WriterLock(db, wait=5):`` holds the store's writer lock; raises StoreError when
    another writer keeps it for longer than ``wait`` seconds."""

    def __init__(self, db: str, wait: float = 0.0) -> None:
        self.db = db
        self.wait = max(0.0, wait)
        self._file: int | None = None
        self._engine: Engine | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> WriterLock:
        url = database_url(self.db)
        started = datetime.now(UTC).isoformat(timespec="seconds")
        if url.startswith("sqlite:///") and not url.endswith(":memory:"):
            database = Path(url.removeprefix("sqlite:///"))
            self._lock_file(database.with_name(database.name + ".lock"), started)
        elif url.startswith("postgresql"):
            self._lock_postgres(started)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()

    def release(self) -> None:
        if self._file is not None:
            import fcntl

            fcntl.flock(self._file, fcntl.LOCK_UN)
            os.close(self._file)
            self._file = None
        if self._conn is not None:
            try:
                self._conn.execute(text("select pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
            finally:
                self._conn.close()
                self._conn = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _busy(self, holder: str) -> StoreError:
        return StoreError(f"a build is already running on {display_url(self.db)} ({holder}); "
                          f"waited {self.wait:g}s - let it finish, or run this one later")

    def _lock_file(self, path: Path, started: str) -> None:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _holder(path)
                    os.close(fd)
                    raise self._busy(holder) from None
                time.sleep(_POLL)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "started": started}).encode())
        self._file = fd

    def _lock_postgres(self, started: str) -> None:
        self._engine = connect(self.db, create=True)
        try:
            self._conn = self._engine.connect()
            self._conn.execute(text("select set_config('application_name', :name, false)"),
                               {"name": f"sourcebook build pid {os.getpid()} since {started}"})
            deadline = time.monotonic() + self.wait
            while not self._conn.execute(text("select pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}).scalar():
                if time.monotonic() >= deadline:
                    holder = self._conn.execute(text(
                        "select a.application_name from pg_locks l join pg_stat_activity a using (pid) "
                        "where l.locktype = 'advisory' and l.objid::bigint = :key and l.granted limit 1"),
                        {"key": LOCK_KEY}).scalar()
                    raise self._busy(holder or "another connection holds the store's lock")
                time.sleep(_POLL)
            self._conn.commit()
        except SQLAlchemyError as exc:
            self.release()
            raise StoreError(f"cannot lock store {display_url(self.db)}: {getattr(exc, 'orig', None) or exc}") from exc
        except BaseException:
            self.release()
            raise


def _holder(path: Path) -> str:
    """The holder of a lock file as words: ``pid 123, started 2026-11-30T01:00:00+00:00``."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        return f"pid {int(info['pid'])}, started {info['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "its holder did not say who it is"
