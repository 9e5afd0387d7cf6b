"""Show that a change kept the ledger: build corpora, export their ledgers, compare two snapshots.

    python scripts/same_ledger.py snapshot OUT            # examples/, the seeds, PolNeAR dev
    python scripts/same_ledger.py snapshot OUT --engine dask --corpus examples
    python scripts/same_ledger.py compare BEFORE AFTER    # exit 1 and a list when they differ

A snapshot holds, per corpus, the `sourcebook export --format ledger` files of one build of that
corpus into a fresh SQLite store (one store per corpus: measures form across its articles).
``compare`` reports every file that differs, with the first differing JSON paths, so a refactor
can show that its output is unchanged or name exactly what a fix changed. Corpora under
``../shared`` are left out with a note when that directory is not beside the checkout.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = {
    "examples": ROOT / "examples",
    "seeds": SHARED / "seeds",
    "polnear-dev": SHARED / "corpora" / "polnear" / "dev" / "text",
}


def _sourcebook(*args: str) -> None:
    command = [sys.executable, "-m", "sourcebook.cli", *args]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 3):  # 3: finished, something skipped (reported below)
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    if done.stderr.strip():
        print(done.stderr.strip(), file=sys.stderr)


def snapshot(out: Path, engine: str, corpora: list[str]) -> None:
    for name in corpora:
        source = CORPORA[name]
        if not source.is_dir():
            print(f"{name}: {source} not found, left out", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory(prefix="same-ledger-") as tmp:
            db = str(Path(tmp) / "store.db")
            _sourcebook("build", str(source), "--db", db, "--no-progress", "--engine", engine)
            _sourcebook("export", "--format", "ledger", "--db", db, "--out", str(out / name))
        print(f"{name}: {len(list((out / name).glob('*.json')))} files in {out / name}")


def _differences(a, b, path: str = "") -> list[str]:
    if type(a) is not type(b):
        return [f"{path or '/'}: {a!r} -> {b!r}"]
    if isinstance(a, dict):
        found = []
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                found.append(f"{path}/{key}: {'added' if key not in a else 'removed'}")
            else:
                found.extend(_differences(a[key], b[key], f"{path}/{key}"))
        return found
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items -> {len(b)}"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in _differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path or '/'}: {a!r} -> {b!r}"]


def compare(before: Path, after: Path, show: int) -> int:
    changed = 0
    names = sorted({p.relative_to(before) for p in before.rglob("*.json")}
                   | {p.relative_to(after) for p in after.rglob("*.json")})
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'after' if not a.exists() else 'before'}")
            changed += 1
            continue
        diffs = _differences(json.loads(a.read_text()), json.loads(b.read_text()))
        if diffs:
            changed += 1
            print(f"{name}: {len(diffs)} difference(s)")
            for line in diffs[:show]:
                print(f"    {line[:300]}")
    print(f"{len(names)} files compared, {changed} differ")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="build the corpora and export their ledgers into OUT")
    snap.add_argument("out", type=Path)
    snap.add_argument("--engine", default="local", choices=("local", "dask"))
    snap.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="(repeatable; default: all)")
    cmp = sub.add_parser("compare", help="list the ledger files that differ between two snapshots")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    cmp.add_argument("--show", type=int, default=5, help="differences shown per file")
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.engine, args.corpus or list(CORPORA))
        return 0
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
