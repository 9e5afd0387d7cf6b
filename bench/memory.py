"""Peak memory of a build on hostile inputs (issue 18): each case is generated here, built
alone by `sourcebook build` in a fresh process, and its peak RSS reported.

    python bench/memory.py [results.json] [--mb 1] [--bomb-mb 1100] [--csv-mb 200] [--cases a,b]

Cases (sizes under the default --max-bytes of 5 MB unless said):
  prose        an article of --mb MB of ordinary sentences
  no_sentence  one line of --mb MB of words with no sentence end
  no_space     one line of --mb MB without a space
  gzip_bomb    a .jsonl.gz expanding to --bomb-mb MB of spaces on one line
  csv_field    a CSV with one field of --csv-mb MB
The documented bound (docs/security.md) is checked: every case must stay under BOUND_MB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BOUND_MB = 1500

SENTENCE = ("Officials in the northern district said 40 homes were damaged on Monday, and the Red Cross "
            "said about 300 people had been moved to shelters. ")
WORDS = "storm river bridge council homes people shelter district water road "


def make(case: str, root: Path, mb: float, bomb_mb: int, csv_mb: int) -> Path:
    size = int(mb * 1_000_000)
    if case == "prose":
        path = root / "prose.txt"
        path.write_text((SENTENCE * (size // len(SENTENCE) + 1))[:size], encoding="utf-8")
    elif case == "no_sentence":
        path = root / "no_sentence.txt"
        path.write_text((WORDS * (size // len(WORDS) + 1))[:size], encoding="utf-8")
    elif case == "no_space":
        path = root / "no_space.txt"
        path.write_text(("abcdefghij" * (size // 10 + 1))[:size], encoding="utf-8")
    elif case == "gzip_bomb":
        path = root / "bomb.jsonl.gz"
        block = b" " * 1_000_000
        with gzip.open(path, "wb", compresslevel=6) as handle:
            handle.write(b'{"text": "')
            for _ in range(bomb_mb):
                handle.write(block)
            handle.write(b'"}\n')
    elif case == "csv_field":
        path = root / "field.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write('id,text\nbig,"')
            for _ in range(csv_mb):
                handle.write("x" * 1_000_000)
            handle.write('"\nsmall,The mayor said 30 bridges were closed.\n')
    else:
        raise SystemExit(f"unknown case {case!r}")
    return path


RUNNER = """
import resource, sys, time
from sourcebook.build import build
from sourcebook.settings import Settings
started = time.perf_counter()
summary = build([sys.argv[1]], Settings(db=sys.argv[2]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, round(time.perf_counter() - started, 1),
      summary.new, len(summary.skipped), "|".join(s.reason[:80] for s in summary.skipped))
"""


def run_case(case: str, path: Path, root: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUNNER, str(path), str(root / f"{case}.db")],
                          capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        return {"case": case, "error": done.stderr.strip().splitlines()[-1:], "seconds": round(time.perf_counter() - started, 1)}
    rss, seconds, new, skipped, reasons = (done.stdout.strip().splitlines()[-1].split(" ", 4) + [""])[:5]
    return {"case": case, "input_mb": round(path.stat().st_size / 1e6, 2), "peak_rss_mb": int(rss),
            "seconds": float(seconds), "new": int(new), "skipped": int(skipped), "reasons": reasons}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, default=HERE / "results-memory.json")
    parser.add_argument("--mb", type=float, default=1.0, help="size of the text cases, MB")
    parser.add_argument("--bomb-mb", type=int, default=1100, help="what the gzip bomb expands to, MB")
    parser.add_argument("--csv-mb", type=int, default=200, help="size of the CSV field, MB")
    parser.add_argument("--cases", default="prose,no_sentence,no_space,gzip_bomb,csv_field")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="sourcebook-memory-") as tmp:
        root = Path(tmp)
        for case in args.cases.split(","):
            path = make(case, root, args.mb, args.bomb_mb, args.csv_mb)
            row = run_case(case, path, root)
            path.unlink()
            rows.append(row)
            print(f"{case:12} {row.get('input_mb', '?'):>8} MB in: peak RSS {row.get('peak_rss_mb', '?'):>6} MB, "
                  f"{row.get('seconds')}s, {row.get('new', '?')} stored, {row.get('skipped', '?')} skipped "
                  f"{row.get('reasons') or row.get('error') or ''}", flush=True)
    worst = max((r.get("peak_rss_mb", 0) for r in rows), default=0)
    result = {"bound_mb": BOUND_MB, "worst_peak_rss_mb": worst, "cases": rows}
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"worst peak RSS {worst} MB (bound {BOUND_MB} MB); wrote {args.out}")
    return 0 if worst < BOUND_MB and not any("error" in r for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
