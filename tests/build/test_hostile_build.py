"""One bad input never stops a build: a directory holding a file name that is not UTF-8, a FIFO,
a deeply nested JSONL line and good articles builds every good article, names every bad one
and records the run as complete."""

from __future__ import annotations

import json
import os

from sourcebook.store import Store


def test_bad_inputs_are_skipped_and_the_build_goes_on(tmp_path, cli_main, nlp):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"good-{n}.txt").write_text(f"The mayor said {n + 30} bridges were closed on Monday.", encoding="utf-8")
    (corpus / os.fsdecode(b"caf\xe9.txt")).write_text("The council said 12 roads were open.", encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "rows.jsonl").write_text("[" * 50_000 + "\n" + json.dumps({"id": "r1", "text": "Police said 4 people were hurt."})
                                       + "\n", encoding="utf-8")
    db = tmp_path / "store.db"
    done = cli_main("build", str(corpus), "--db", str(db), "--no-progress")
    assert done.returncode == 3, done.stderr  # finished, something skipped
    assert "pipe.txt" in done.stderr + done.stdout and "rows.jsonl:1" in done.stderr + done.stdout
    with Store(str(db)) as store:
        stems = sorted(a.stem for a in store.articles())
        assert stems == ["caf\\xe9", "good-0", "good-1", "good-2", "r1"]
        [run] = store.runs()
        assert run.status == "complete"
