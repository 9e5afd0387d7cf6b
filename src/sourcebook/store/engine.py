"""Connecting to a store and keeping its schema: the database URL, the SQLAlchemy engine
(with SQLite's pragmas), and the Alembic revision.

Every write goes through ``writing(engine)``: ``engine.begin()`` with Ctrl-C held until the
transaction has ended (see its docstring).

Only writers migrate (``build`` and ``sourcebook migrate``): ``migrate`` brings a store to the
newest revision (a database without tables gets the newest schema at once: ``fresh``).
Readers call ``check_revision``, which changes nothing and says what to run when the store is
older (or newer) than this version of Sourcebook.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import StoreError
from . import fresh
from .fresh import VERSION_TABLE
from .schema import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["check_revision", "connect", "database_url", "display_url", "held_interrupts", "migrate", "revision",
           "writing"]

log = logging.getLogger(__name__)


def database_url(db: str) -> str:
    """A SQLAlchemy URL for ``--db``: a file path (SQLite), ``sqlite:///...``, or a
    ``postgresql://`` URL (driven by psycopg 3)."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def display_url(db: str) -> str:
    """``db`` as it may be shown in a message: a URL's password masked."""
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:
        return db


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:  # a DB-API connection (sqlite3)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def connect(db: str, create: bool) -> Engine:
    """The engine of the store ``db``; ``create=False`` refuses a SQLite file that does not
    exist (so a reader never leaves an empty file behind)."""
    url = database_url(db)
    if url.startswith("sqlite:///") and not create:
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            raise StoreError(f"no store at {path}; build one first with `sourcebook build`")
    try:
        engine = create_engine(url, hide_parameters=True)  # no article text in error messages
    except ImportError as exc:
        raise StoreError(f"cannot open store {display_url(db)!r}: {exc}; for PostgreSQL install `sourcebook[postgres]`") from exc
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(f"cannot open store {display_url(db)!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@contextmanager
def held_interrupts() -> Iterator[None]:
    """Ctrl-C held until the block ends, then passed to the SIGINT handler that was in place
    (Python's own raises KeyboardInterrupt; a build's ``Run`` notes the interrupt and raises).

    A KeyboardInterrupt raised while a database call runs makes SQLAlchemy invalidate the
    connection mid-transaction, and with sqlite3 that can leave the write transaction open,
    holding the database's write lock: the interrupted build's next write (its run record)
    then waits and fails with "database is locked". A transaction is short, so it is let to
    commit or roll back. Only the main thread receives SIGINT; elsewhere, or when SIGINT is
    ignored or left to the system, this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if not callable(previous):
        yield
        return
    arrived: list[FrameType | None] = []
    signal.signal(signal.SIGINT, lambda signum, frame: arrived.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if arrived:  # the block ended normally (an exception it raised wins over the Ctrl-C)
        previous(signal.SIGINT, arrived[0])


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """``engine.begin()`` for a write transaction, with Ctrl-C held until it has committed
    (or rolled back on an error): ``held_interrupts``."""
    with held_interrupts(), engine.begin() as conn:
        yield conn


def revision(engine: Engine) -> str | None:
    """The store's Alembic revision (None: an empty database)."""
    with engine.connect() as conn:
        return _current_revision(conn)


def _current_revision(conn: Connection) -> str | None:
    """The revision in Alembic's version table, as ``MigrationContext.get_current_revision``
    reads it, without importing Alembic (a sixth of a second: a store at the newest revision,
    and every reader, need none of it). A table of several rows, which only Alembic's branches
    write, is left to Alembic to read and complain about."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    heads = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(heads) > 1:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()
    return heads[0] if heads else None


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration (a no-op when it is there)."""
    try:
        with writing(engine) as conn:
            current = _current_revision(conn)
            if current == SCHEMA_REVISION:
                return
            if current is None and fresh.create(conn):  # a database without tables: the newest schema at once
                log.info("created store at revision %s", SCHEMA_REVISION)
                return
            log.info("migrating store from revision %s to %s", current, SCHEMA_REVISION)
            from alembic import command  # only to migrate (see ``_current_revision``)

            command.upgrade(_alembic_config(conn), "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open or migrate store {display_url(str(engine.url))}: {exc}") from exc


def _alembic_config(conn: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("sourcebook.store") / "migrations"))
    config.attributes["connection"] = conn
    return config


def check_revision(engine: Engine, db: str) -> None:
    """Raise StoreError unless the store is at the revision this version of Sourcebook
    reads; the message names both revisions and what to run."""
    try:
        current = revision(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open store {display_url(db)}: {exc}") from exc
    if current == SCHEMA_REVISION:
        return
    shown = display_url(db)
    if current is None:
        raise StoreError(f"{shown} is not a Sourcebook store (no schema revision); "
                         f"build one with `sourcebook build ... --db {shown}`")
    if current > SCHEMA_REVISION:  # revisions are zero-padded numbers
        raise StoreError(f"store {shown} is at schema revision {current}, newer than the {SCHEMA_REVISION} "
                         f"this version of Sourcebook reads; upgrade Sourcebook")
    raise StoreError(f"store {shown} is at schema revision {current}; this version of Sourcebook needs "
                     f"{SCHEMA_REVISION}; run `sourcebook migrate --db {shown}` to upgrade it")
