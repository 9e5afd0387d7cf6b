"""Hostile inputs, generated small at test time: each one is skipped at the input boundary with
its file (and line) and reason, and the inputs around it are still read."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from sourcebook.ingest import InputUnit, list_inputs, read_unit, tabular
from sourcebook.model import Article, Skipped
from sourcebook.settings import Settings

GOOD = "The mayor said 30 bridges were closed on Monday."
DEEP = "[" * 100_000 + "]" * 100_000


def read(path: Path | str, settings: Settings | None = None, **kwargs) -> list[Article | Skipped]:
    items: list[Article | Skipped] = []
    for unit in list_inputs([str(path)], **kwargs):
        items.extend([unit] if isinstance(unit, Skipped) else read_unit(unit, settings or Settings()))
    return items


def texts(items) -> list[str]:
    return [i.text for i in items if isinstance(i, Article)]


def skipped(items) -> list[tuple[str, str]]:
    return [(i.where, i.reason) for i in items if isinstance(i, Skipped)]


def test_deeply_nested_jsonl_line_is_skipped_by_line(tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(DEEP + "\n" + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    items = read(rows)
    assert texts(items) == [GOOD]
    assert skipped(items) == [(f"{rows}:1", "malformed JSON: nested too deeply to read")]


def test_deeply_nested_stdin_and_sidecar(tmp_path):
    items = list(read_unit(InputUnit("-"), Settings(stdin_format="jsonl"), stdin=io.BytesIO(DEEP.encode())))
    assert skipped(items) == [("<stdin>:1", "malformed JSON: nested too deeply to read")]
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title": ' + DEEP + "}", encoding="utf-8")
    items = read(tmp_path / "a.txt")
    assert texts(items) == [GOOD] and skipped(items)[0][1] == "sidecar ignored: too deeply nested"


def test_sidecar_field_of_the_wrong_type_is_left_out_and_named(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": {"x": 1}, "outlet": "Courier"}), encoding="utf-8")
    items = read(tmp_path / "a.txt")
    [article] = [i for i in items if isinstance(i, Article)]
    assert (article.title, article.outlet) == (None, "Courier")
    assert skipped(items) == [(str(tmp_path / "a.json"), "sidecar field(s) ignored, not text: title (object)")]


def test_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    name = os.fsdecode(b"caf\xe9-report.txt")
    (tmp_path / name).write_text(GOOD, encoding="utf-8")
    [article] = read(tmp_path)
    assert article.stem == "caf\\xe9-report" and article.origin.path.endswith("caf\\xe9-report.txt")
    article.origin.path.encode("utf-8")  # storable


def test_warc_without_target_uri_and_truncated_records(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def record(uri: str) -> bytes:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.0")
        body = f"<html><body><p>{GOOD}</p></body></html>".encode()
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        return buffer.getvalue()

    good = record("http://a.example/1")
    (tmp_path / "nouri.warc").write_bytes(good + good.replace(b"WARC-Target-URI: http://a.example/1\r\n", b""))
    items = read(tmp_path / "nouri.warc", Settings(min_words=0))  # a one-sentence page, to test the WARC
    assert texts(items) == [GOOD] and skipped(items)[0][0] == f"{tmp_path / 'nouri.warc'}:2"
    (tmp_path / "cut.warc").write_bytes(good + good[:-60])
    items = read(tmp_path / "cut.warc", Settings(min_words=0))
    assert texts(items) == [GOOD]
    assert skipped(items) == [(f"{tmp_path / 'cut.warc'}:2", "truncated WARC record: 56 bytes short of its Content-Length")]


def test_unterminated_csv_quote_and_oversized_field(tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text(f'id,text\na,{GOOD}\nb,"{GOOD}\nc,{GOOD}\n', encoding="utf-8")
    items = read(rows)
    assert texts(items) == [GOOD, GOOD]  # a, and c after the row whose quote is never closed
    [(where, reason)] = skipped(items)
    assert where == f"{rows}:3" and "unclosed quote" in reason and "is never closed" in reason
    rows.write_text(f'id,text\na,{"x" * 100_000}\nb,{GOOD}\n', encoding="utf-8")
    [(where, reason)] = skipped(read(rows, Settings(max_bytes=1000)))
    assert where == f"{rows}:2" and "a line longer than 65,000 characters" in reason  # never held whole
    many_lines = "\n".join(["x" * 1000] * 100)  # a quoted field over many short lines
    rows.write_text(f'id,text\na,"{many_lines}"\nb,{GOOD}\n', encoding="utf-8")
    items = read(rows, Settings(max_bytes=1000))
    assert texts(items) == [GOOD]  # the row after the oversized one is read
    [(where, reason)] = skipped(items)
    assert where == f"{rows}:2" and reason == "too large: a row of over 65,000 characters (--max-bytes); it ends on line 101"


OTHER = "Police said 12 roads were shut."


def articles(items) -> list[tuple[int | None, str]]:
    return [(i.origin.line, i.text) for i in items if isinstance(i, Article)]


@pytest.mark.parametrize("name, body, kept, where, why", [
    # closed by a quote at the end of a later row: the lines between read as rows of their own
    ("closed later", f'a,{GOOD}\nb,"{GOOD}\nc,{OTHER}\nd,{GOOD}"\ne,{OTHER}\n',
     [(2, GOOD), (4, OTHER), (5, GOOD + '"'), (6, OTHER)], 3, "runs on to line 5, and line 4 inside it reads as a row"),
    # the attack's case: two rows merged into one
    ("two rows", f'a,{GOOD}\nb,"{GOOD}\nc,{OTHER}"\n', [(2, GOOD), (4, OTHER + '"')], 3, "line 4 inside it reads as a row"),
    # broken by the next quoted field
    ("broken", f'a,{GOOD}\nb,"{GOOD}\nc,"{OTHER}"\n', [(2, GOOD), (4, OTHER)], 3, "runs on to line 4, where ',' expected"),
    # never closed, first row
    ("never closed", f'b,"{GOOD}\nc,{OTHER}\n', [(3, OTHER)], 2, "is never closed"),
])
def test_an_unclosed_csv_quote_costs_only_its_row(tmp_path, name, body, kept, where, why):
    rows = tmp_path / "rows.csv"
    rows.write_text("id,text\n" + body, encoding="utf-8")
    items = read(rows)
    assert articles(items) == kept
    [(at, reason)] = skipped(items)
    assert at == f"{rows}:{where}" and reason.startswith("unclosed quote: the quoted field that opens on this line ")
    assert why in reason and reason.endswith(f"this row is skipped and reading goes on at line {where + 1}")


def test_multi_line_fields_that_are_paragraphs_are_kept(tmp_path):
    article = f"{GOOD}\n\nIn the north, {OTHER}\nAfterwards, the council met.\n3,000 homes, the council said, were hit."
    rows = tmp_path / "rows.csv"
    rows.write_text(f'id,text\na1,{OTHER}\na2,"{article}"\na3,{GOOD}\n', encoding="utf-8")
    items = read(rows)
    assert articles(items) == [(2, OTHER), (3, article), (8, GOOD)] and not skipped(items)
    # three columns: a paragraph line with exactly two commas, each followed by a space
    rows.write_text(f'id,title,text\n1,Roads,"{GOOD}\nRoads, bridges, and homes were shut."\n', encoding="utf-8")
    assert articles(read(rows)) == [(2, f"{GOOD}\nRoads, bridges, and homes were shut.")]


def test_a_row_broken_on_its_own_line_is_skipped_alone(tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text(f'id,text\na,"{GOOD}"x\nb,{OTHER}\n', encoding="utf-8")
    items = read(rows)
    assert articles(items) == [(3, OTHER)]
    assert skipped(items) == [(f"{rows}:2", "malformed CSV: ',' expected after '\"'")]


def test_cesu8_is_decoded_not_stored_as_mojibake(tmp_path):
    text = "The crew said \U0001F6A2 12 ships left."
    units = text.encode("utf-16-le")
    halves = "".join(chr(int.from_bytes(units[i:i + 2], "little")) for i in range(0, len(units), 2))
    cesu = halves.encode("utf-8", "surrogatepass")  # each UTF-16 half encoded on its own
    (tmp_path / "ship.txt").write_bytes(cesu)
    assert texts(read(tmp_path / "ship.txt")) == [text]


def test_long_jsonl_line_is_skipped_without_being_held(tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": "x " * 100_000}) + "\n" + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    items = read(rows, Settings(max_bytes=1000))
    assert texts(items) == [GOOD] and skipped(items)[0][0] == f"{rows}:1"
    assert "too large: a line of over" in skipped(items)[0][1]


def test_gzip_bomb_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "GZIP_RATIO_FLOOR", 1_000_000)
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        handle.write(json.dumps({"text": GOOD}).encode() + b"\n")
        for _ in range(8):
            handle.write(b" " * 1_000_000)
    items = read(bomb)
    assert texts(items) == [GOOD]
    [(where, reason)] = skipped(items)
    assert where == str(bomb) and reason.startswith("decompression bomb")


def test_fifos_devices_and_links_are_named_not_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret said 1 thing.", encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "good.txt")
    (folder / "up").symlink_to(folder)
    (folder / "sub").mkdir()
    (tmp_path / "in" / "zz-again").symlink_to(folder / "sub")
    items = read(folder)
    again = [i for i in items if isinstance(i, Skipped) and i.where.endswith("zz-again")]
    assert again == [Skipped(str(folder / "zz-again"), "a folder already read by another path", ignored=True)]
    assert texts(items) == [GOOD, GOOD]  # good.txt and inside.txt
    reasons = dict(skipped(items))
    assert reasons[str(folder / "pipe.txt")] == "not a regular file (a FIFO): not read"
    assert reasons[str(folder / "loop.txt")] == "symbolic link loop"
    assert reasons[str(folder / "dangling.txt")].startswith("dangling symbolic link")
    assert "outside the folder being read (--follow-links reads it)" in reasons[str(folder / "leak.txt")]
    assert reasons[str(folder / "up")] == "symbolic link loop (a link to a folder it is in)"
    assert "The secret said 1 thing." in texts(read(folder, follow_links=True))
    [fifo] = list_inputs([str(folder / "pipe.txt")])
    assert fifo == Skipped(str(folder / "pipe.txt"), "not a regular file (a FIFO): not read")
    [device] = list_inputs(["/dev/null"])
    assert device == Skipped("/dev/null", "not a regular file (a character device): not read")


@pytest.mark.parametrize("error", [ValueError("boom"), AttributeError("x")])
def test_a_reader_exception_ends_only_its_input(tmp_path, monkeypatch, error):
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    import sourcebook.ingest as ingest

    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(ingest, "read_html", broken)
    assert read(tmp_path / "a.html") == [Skipped(str(tmp_path / "a.html"), f"cannot read: {type(error).__name__} in its reader")]


def test_standard_input_is_bounded():
    big = io.BytesIO(b"word " * 10_000)
    assert skipped(read_unit(InputUnit("-"), Settings(max_bytes=1000), stdin=big)) == [
        ("<stdin>", "too large: over the limit of 1,000 bytes (--max-bytes)")]
    rows = b"".join(json.dumps({"text": f"{GOOD} {n}"}).encode() + b"\n" for n in range(300))
    items = list(read_unit(InputUnit("-"), Settings(), stdin=io.BytesIO(rows)))
    assert len(texts(items)) == 300 and texts(items)[-1].endswith(" 299")
    # CSV too is streamed: row by row, a row over the limit read past without being held
    rows = b"id,text\n" + b"".join(f"r{n},{GOOD} {n}\n".encode() for n in range(300))
    big = b'big,"' + (b"x " * 500 + b"\n") * 200 + b'"\n'  # lines 302-502
    items = list(read_unit(InputUnit("-"), Settings(max_bytes=1000, stdin_format="csv"),
                           stdin=io.BytesIO(rows + big + b"last,Done.\n")))
    assert len(texts(items)) == 301 and texts(items)[-1] == "Done."
    assert skipped(items) == [("<stdin>:302", "too large: a row of over 65,000 characters (--max-bytes); it ends on line 502")]
