"""Fixtures for the web app: small stores built from the articles in ``web_corpus`` and a
test client over a store."""

from __future__ import annotations

import pytest

from web_corpus import TOKEN, build_store


@pytest.fixture(scope="session")
def shared_db(tmp_path_factory) -> str:
    """One SQLite store for read-only tests (tests that write reviews use ``built_url``)."""
    base = tmp_path_factory.mktemp("web-store")
    return build_store(str(base / "store.db"), base / "articles")


@pytest.fixture
def built_url(store_url, tmp_path) -> str:
    """A fresh store on SQLite and on PostgreSQL, built from the articles above."""
    return build_store(store_url, tmp_path / "articles")


@pytest.fixture(scope="session")
def shared_client(shared_db):
    from fastapi.testclient import TestClient

    from sourcebook.web import create_app

    with TestClient(create_app(shared_db, token=TOKEN)) as client:
        yield client


@pytest.fixture(scope="session")
def hostile_id(shared_db) -> str:
    from sourcebook.store import Store

    store = Store(shared_db, create=False)
    try:
        return next(a.id for a in store.articles() if a.stem == "hostile")
    finally:
        store.close()
