"""`make bench`: Sourcebook's speed against the floor it cannot beat, spaCy's own parse.

Phases, each in a fresh process so peak memory is its own:
  parse    spaCy's pipeline alone (Sourcebook components disabled) over the texts
  extract  the full pipeline (parse + mentions + attributions + figures)
  build    `sourcebook build` end to end: read files, extract, store (SQLite), reconcile, with
           the seconds of each stage (``BuildSummary.timings``: startup, read, batch, extract,
           store, reconcile); build_speed_of_parse = parse seconds / build seconds
  components  seconds per pipeline component over the same docs in one process (the
           share of Sourcebook's components, robust to load changing between phases)
at 1x the PolNeAR train texts (839 distinct articles) (copies made distinct so nothing is deduplicated;
--scales 1,4,16 for more). Then the component benchmarks beside this file (figures.py,
reconcile.py, web.py, dask.py, memory.py: peak RSS on hostile inputs) when present. Results go
to bench/results.json and are summarised on stdout.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "polnear" / "train" / "text"


#: keep `make bench` under about half an hour on 2 cores; run a script alone for bigger sizes
EXTRA_ARGS = {"dask": ["--articles", "600"]}


def texts(corpus: Path, scale: int) -> list[str]:
    # distinct texts only (the corpus holds one text twice; a build stores it once)
    base = list(dict.fromkeys(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))))
    return [t if k == 0 else f"{t}\n\n(Copy {k}.)" for k in range(scale) for t in base]


def phase(name: str, corpus: Path, scale: int, model: str | None) -> dict:
    items = texts(corpus, scale)
    chars = sum(map(len, items))
    start = time.perf_counter()
    if name == "components":
        return component_times(items, model)
    if name in ("parse", "extract"):
        from sourcebook.nlp.pipeline import load_pipeline
        from sourcebook.nlp.runner import Task, extract_docs

        nlp = load_pipeline(model)
        start = time.perf_counter()
        if name == "parse":
            ours = [p for p in nlp.pipe_names if p.startswith("sourcebook_")]
            with nlp.select_pipes(disable=ours):
                for _ in nlp.pipe(items, batch_size=16):
                    pass
        else:
            extract_docs(nlp, [Task(str(i), t) for i, t in enumerate(items)], 16)
    else:
        from sourcebook.build import build
        from sourcebook.settings import Settings

        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            for i, text in enumerate(items):
                (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
            start = time.perf_counter()
            summary = build([str(folder)], Settings(db=str(Path(tmp) / "b.db"), model=model))
            assert summary.new == len(items), summary
            stages = {stage: round(value, 2) for stage, value in summary.timings.items()}
    seconds = time.perf_counter() - start
    return {
        "phase": name, "scale": scale, "articles": len(items), "characters": chars,
        "seconds": round(seconds, 2), "articles_per_second": round(len(items) / seconds, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        **({"stages": stages} if name == "build" else {}),
    }


def component_times(items: list[str], model: str | None) -> dict:
    """Seconds spent in each pipeline component over the same docs, in one process: the
    share of Sourcebook's components does not depend on the machine's load changing
    between separate runs."""
    from sourcebook.nlp.pipeline import load_pipeline
    from sourcebook.nlp.runner import Task, extract_docs

    nlp = load_pipeline(model)
    extract_docs(nlp, [Task("warm", items[0])])  # lazy loading out of the timings
    seconds: dict[str, float] = {"make_doc": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for start in range(0, len(items), 64):
        clock = time.perf_counter()
        docs = [nlp.make_doc(text) for text in items[start:start + 64]]
        seconds["make_doc"] += time.perf_counter() - clock
        for name, proc in nlp.pipeline:
            clock = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
            seconds[name] += time.perf_counter() - clock
    ours = sum(v for k, v in seconds.items() if k.startswith("sourcebook_"))
    spacy_own = sum(v for k, v in seconds.items() if not k.startswith("sourcebook_"))
    return {
        "phase": "components", "articles": len(items),
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
        "spacy_seconds": round(spacy_own, 2), "sourcebook_seconds": round(ours, 2),
        "sourcebook_over_spacy": round(ours / spacy_own, 4),
        "figures_over_spacy": round(seconds.get("sourcebook_figures", 0.0) / spacy_own, 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--scales", default="1", help="corpus multiples, e.g. 1,4,16")
    parser.add_argument("--model")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        name, scale = args.phase.split(":")
        print(json.dumps(phase(name, args.corpus, int(scale), args.model)))
        return 0
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus} (../shared beside the checkout, or --corpus DIR)", file=sys.stderr)
        return 2
    results: dict = {"pipeline": []}
    for scale in map(int, args.scales.split(",")):
        row = {}
        for name in ("parse", "extract", "build", "components"):
            cmd = [sys.executable, __file__, "--phase", f"{name}:{scale}", "--corpus", str(args.corpus)]
            if args.model:
                cmd += ["--model", args.model]
            clock = time.perf_counter()
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            row[name] = json.loads(out.strip().splitlines()[-1])
            # the whole process: interpreter start, imports and (build) writing the input files too
            row[name]["process_seconds"] = round(time.perf_counter() - clock, 2)
        row["extract_over_parse"] = round(row["extract"]["seconds"] / row["parse"]["seconds"], 3)
        row["build_over_parse"] = round(row["build"]["seconds"] / row["parse"]["seconds"], 3)
        row["build_speed_of_parse"] = round(row["parse"]["seconds"] / row["build"]["seconds"], 3)
        stages = row["build"]["stages"]
        print("     build stages (s): " + ", ".join(f"{stage} {value}" for stage, value in stages.items()))
        results["pipeline"].append(row)
        comp = row["components"]
        print(f"     in one process: spaCy's own components {comp['spacy_seconds']}s, Sourcebook's "
              f"{comp['sourcebook_seconds']}s (+{100 * comp['sourcebook_over_spacy']:.1f}%; figures "
              f"+{100 * comp['figures_over_spacy']:.1f}%)")
        print(f"{scale:>3}x {row['parse']['articles']:>6} articles: parse {row['parse']['seconds']:.1f}s "
              f"({row['parse']['articles_per_second']}/s), extract {row['extract']['seconds']:.1f}s "
              f"(x{row['extract_over_parse']}), build {row['build']['seconds']:.1f}s (x{row['build_over_parse']}, "
              f"{row['build']['articles_per_second']}/s), peak RSS build {row['build']['peak_rss_mb']} MB")
    failed = []
    for script in ("figures.py", "reconcile.py", "web.py", "dask.py", "memory.py"):
        path = HERE / script
        if path.exists():
            target = HERE / f"results-{path.stem}.json"
            target.unlink(missing_ok=True)
            done = subprocess.run([sys.executable, str(path), str(target), *EXTRA_ARGS.get(path.stem, [])], text=True)
            if target.exists():
                results[path.stem] = json.loads(target.read_text())
            if done.returncode != 0:  # memory.py: a case over the documented bound
                failed.append(script)
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"wrote {args.out}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
