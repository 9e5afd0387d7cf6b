"""``Store.stored_urls``: which URLs a build need not fetch again - an article's URL, the URL it
was fetched from and the one the fetch ended at - on SQLite and PostgreSQL."""

from __future__ import annotations

from sourcebook.model import Article, Extraction, Origin
from sourcebook.store import Store


def test_stored_urls_match_the_url_the_origin_and_the_final_url(store_url):
    fetched = Article(id="f1", text="A harbour story.", stem="story", url="https://gazette.example/2025/story",
                      origin=Origin("https://gazette.example/s/1", url="https://gazette.example/2025/story"))
    local = Article(id="l1", text="A local note.", stem="note", url="https://other.example/note",
                    origin=Origin("/data/note.txt"))
    with Store(store_url, create=True) as store:
        store.add_articles([(fetched, Extraction()), (local, Extraction())])
        asked = ["https://gazette.example/s/1", "https://gazette.example/2025/story", "https://other.example/note",
                 "https://gazette.example/s/2", "/data/note.txt"]
        assert store.stored_urls(asked) == set(asked[:3]) | {"/data/note.txt"}
        assert store.stored_urls([]) == set()
