"""Fixtures for the web app: small stores written from the hand-built records in ``web_corpus``
(no spaCy model) and a test client over a store.

Tests that only read share one store per database for the session (``read_url``); tests that
write get a fresh one (``built_url``).
"""

from __future__ import annotations

import pytest
from web_corpus import TOKEN, build_store


@pytest.fixture(scope="session")
def shared_db(tmp_path_factory) -> str:
    """One SQLite store for read-only tests (tests that write reviews use ``built_url``)."""
    base = tmp_path_factory.mktemp("web-store")
    return build_store(str(base / "store.db"))


@pytest.fixture(scope="session")
def shared_postgres(postgres_url) -> str:
    """One PostgreSQL store for read-only tests, in a database of its own (``store_url`` empties
    the cluster's default database before each test)."""
    from sqlalchemy import create_engine, text

    engine = create_engine("postgresql+psycopg://" + url_of(postgres_url, "postgres").split("://", 1)[1],
                           isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS sourcebook_web"))
        conn.execute(text("CREATE DATABASE sourcebook_web"))
    engine.dispose()
    return build_store(url_of(postgres_url, "sourcebook_web"))


def url_of(postgres_url: str, database: str) -> str:
    """``postgres_url`` (``postgresql://user@/postgres?host=...``) naming another database."""
    head, _, query = postgres_url.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{database}?{query}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def read_url(request) -> str:
    """A built store on SQLite and on PostgreSQL, shared by the tests that do not write."""
    return request.getfixturevalue("shared_db" if request.param == "sqlite" else "shared_postgres")


@pytest.fixture
def built_url(store_url) -> str:
    """A fresh store on SQLite and on PostgreSQL, written from the records in ``web_corpus``."""
    return build_store(store_url)


@pytest.fixture(scope="session")
def shared_client(shared_db):
    from fastapi.testclient import TestClient

    from sourcebook.web import create_app

    with TestClient(create_app(shared_db, token=TOKEN, allowed_hosts=["testserver"])) as client:
        yield client


@pytest.fixture(scope="session")
def hostile_id(shared_db) -> str:
    from sourcebook.store import Store

    store = Store(shared_db, create=False)
    try:
        return next(a.id for a in store.articles() if a.stem == "hostile")
    finally:
        store.close()
