"""Dask engine throughput: articles/s with 1 and 2 local workers, the speed-up, where the
time goes (read / extract / write shards / load / reconcile) and peak memory per worker.

    python bench/dask.py bench/results-dask.json [--articles 2000] [--workers 1,2]

The corpus is the PolNeAR train texts replicated (copies made distinct, as in run.py) to
``--articles`` files. The default is 2,000 articles, not the 10,000 of issue 7: on a shared
two-core machine 10,000 takes over half an hour per worker count; pass --articles 10000 for it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this file is named dask.py: keep it from shadowing the dask package
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "polnear" / "train" / "text"


def write_corpus(source: Path, articles: int, out: Path) -> int:
    base = [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    chars = 0
    for n in range(articles):
        copy, text = divmod(n, len(base))
        text = base[text] if copy == 0 else f"{base[text]}\n\n(Copy {copy}.)"
        chars += len(text)
        (out / f"{n:06d}.txt").write_text(text, encoding="utf-8")
    return chars


def run(corpus: Path, workers: int, tmp: Path) -> dict:
    from sourcebook.build.dask import DaskEngine
    from sourcebook.settings import Settings

    timings: dict = {}
    settings = Settings(db=str(tmp / f"bench-{workers}.db"), engine="dask", workers=workers)
    summary = DaskEngine(timings).build([str(corpus)], settings)
    peaks = timings.pop("worker_peak_rss_mb", {})
    busy = summary.seconds - timings["startup"]
    return {
        "workers": workers,
        "articles": summary.new,
        "skipped": len(summary.skipped),
        "seconds": round(summary.seconds, 1),
        "seconds_after_startup": round(busy, 1),
        "articles_per_second": round(summary.new / busy, 2) if busy else 0.0,
        "phases_seconds": {k: round(v, 2) for k, v in timings.items()},
        "peak_rss_mb_per_worker": sorted(round(v) for v in peaks.values()),
        "counts": summary.counts,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=HERE / "results-dask.json")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2", help="worker counts to try, comma-separated")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    import os

    with tempfile.TemporaryDirectory(prefix="sourcebook-bench-dask-") as tmp:
        tmp = Path(tmp)
        chars = write_corpus(args.corpus, args.articles, tmp / "corpus")
        rows = []
        for workers in (int(w) for w in args.workers.split(",")):
            row = run(tmp / "corpus", workers, tmp)
            rows.append(row)
            print(f"{workers} worker(s): {row['articles']} articles in {row['seconds']}s "
                  f"({row['articles_per_second']}/s after {row['phases_seconds']['startup']}s start-up); "
                  f"phases {row['phases_seconds']}; peak RSS per worker {row['peak_rss_mb_per_worker']} MB", flush=True)
    result = {
        "machine": {"cpus": os.cpu_count(), "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
                    "python": sys.version.split()[0]},
        "corpus": {"source": str(args.corpus), "articles": args.articles, "chars": chars},
        "runs": rows,
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    if len(rows) >= 2 and rows[0]["articles_per_second"]:
        result["speed_up"] = round(rows[-1]["articles_per_second"] / rows[0]["articles_per_second"], 2)
        print(f"speed-up {rows[0]['workers']} -> {rows[-1]['workers']} workers: x{result['speed_up']}")
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
