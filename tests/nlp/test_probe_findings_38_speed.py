"""Findings of the thirty-eighth session (helper speed): a build's fixed costs cut with its
outputs unchanged. The given-name table is read in one loop (``name_list``) and must equal the
one gender_guesser reads; a Doc's word table looks each distinct string up once
(``tables._strings``); a story's names are found in its texts without a regex per name
(``stories.writes_word``); the store's revision is read without Alembic, which is imported only
to migrate, and a build of files imports no web client; the extractor freezes the pipeline's
objects out of the collector's reach while it is open and gives them back on exit. Every text
is written for the test."""

from __future__ import annotations

import gc
import re
import subprocess
import sys

import pytest
from gender_guesser.detector import Detector

from sourcebook.nlp.attribution.name_list import name_detector
from sourcebook.nlp.attribution.tables import Words
from sourcebook.nlp.runner import Extractor, Task
from sourcebook.reconcile.stories import writes_word
from sourcebook.store import Store
from sourcebook.store.engine import connect, revision
from sourcebook.store.schema import SCHEMA_REVISION


def test_the_name_table_is_the_one_gender_guesser_reads():
    ours, theirs = name_detector(), Detector(case_sensitive=False)
    assert ours.names == theirs.names
    assert list(ours.names) == list(theirs.names)  # the same order, so the same ties
    for name in ("Marisol", "Jean", "Kim", "jean-pierre", "Quillfeather"):
        assert ours.get_gender(name) == theirs.get_gender(name)
        assert ours.get_gender(name, "usa") == theirs.get_gender(name, "usa")


def test_the_word_table_holds_each_words_strings(nlp):
    doc = nlp("Councillor Brenna Quill said the ferry fares would rise. The ferries, she said, were late again.")
    words = Words(doc)
    assert words.text == [t.text for t in doc]
    assert words.lower == [t.lower_ for t in doc]
    assert words.lemma == [t.lemma_ for t in doc]
    assert words.tag == [t.tag_ for t in doc]
    assert words.pos == [t.pos_ for t in doc]
    assert words.dep == [t.dep_ for t in doc]
    assert words.head == [t.head.i for t in doc]
    assert Words(nlp.make_doc("")).text == []


@pytest.mark.parametrize("text, form", [
    ("Mayor Ilse Varn spoke.", "Varn"),
    ("The River Varn rose.", "Varn"),
    ("Varnholm and Varn_2 voted; Varn9 too.", "Varn"),
    ("Varn", "Varn"),
    ("Varnholm, then (Varn).", "Varn"),
    ("Ana Lee-Varn and Ana Lee said so.", "Ana Lee"),
    ("Ana Leé and Ana Lee.", "Ana Lee"),
    ("Östra Hamn's harbour; Östra Hamnen.", "Östra Hamn"),
    ("xx", "xxx"),
])
def test_a_name_is_found_where_the_regex_finds_it(text, form):
    assert writes_word(text, form) == bool(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text))


def test_the_revision_is_read_as_alembic_reads_it(tmp_path):
    from alembic.runtime.migration import MigrationContext

    url = str(tmp_path / "s.db")
    engine = connect(url, create=True)
    try:
        assert revision(engine) is None  # an empty database
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() is None
    finally:
        engine.dispose()
    with Store(url, create=True) as store:
        assert store.revision() == SCHEMA_REVISION
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == SCHEMA_REVISION


def test_the_command_imports_no_migration_tool_nor_web_client():
    code = ("import sys, sourcebook.cli; "
            "print(sorted(m for m in ('alembic', 'httpx', 'feedparser', 'charset_normalizer') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_extractor_gives_back_what_it_froze(nlp):
    gc.unfreeze()  # as in a process that froze nothing (the test session froze its objects: again below)
    try:
        with Extractor() as extractor:
            assert gc.get_freeze_count() > 0
            [[result]] = list(extractor.map([[Task("t", '"The pier will reopen in May," the harbour master said.')]]))
            assert result.extraction is not None and result.extraction.attributions
        assert gc.get_freeze_count() == 0
        gc.freeze()  # someone else froze objects: the extractor leaves them frozen
        with Extractor():
            pass
        assert gc.get_freeze_count() > 0
    finally:
        gc.freeze()
