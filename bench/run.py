"""`make bench`: Sourcebook's speed against the floor it cannot beat, spaCy's own parse.

Per corpus (default: PolNeAR dev, with test when it is on disk, then PolNeAR train), each phase
in a fresh process so peak memory is its own:
  parse    spaCy's own pipeline (``spacy.load`` of the model the build uses: no Sourcebook
           component, none of ``nlp/speedups.py``), ``nlp.pipe`` with the build's batch size;
           the seconds of the pipe alone (the floor: no start, no model load)
  extract  the full Sourcebook pipeline (parse + mentions + attributions + figures)
  build    ``build()`` in one process with the seconds of each stage (``BuildSummary.timings``:
           startup, read, batch, extract, store, reconcile)
  process  the whole ``sourcebook build DIR`` command, timed from outside (interpreter start,
           imports, model load, read, extract, store, reconcile); build_speed_of_parse = parse
           seconds / these seconds, the number issue 16 asks to bring to 0.80
  components  seconds per pipeline component over the same docs in one process (the
           share of Sourcebook's components, robust to load changing between phases)
then (``--jobs 1,2``, on the last corpus) ``sourcebook build --jobs N`` for each N: seconds,
speed-up over one job and peak RSS of the build process and of each worker. Copies are made
distinct (--scales 1,4,16) so nothing is deduplicated. Then the component benchmarks beside this
file (figures.py, reconcile.py, web.py, dask.py, memory.py: peak RSS on hostile inputs) when
present. Results go to bench/results.json and are summarised on stdout.
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
POLNEAR = HERE.parent.parent / "shared" / "corpora" / "polnear"
BATCH = 16  # Settings.batch_size's default: the parse runs with the build's batch size


#: keep `make bench` under about half an hour on 2 cores; run a script alone for bigger sizes
EXTRA_ARGS = {"dask": ["--articles", "600"]}


def default_corpora() -> list[list[Path]]:
    """PolNeAR dev (+ test when on disk: its texts only time the pipeline), then train."""
    held_out = [POLNEAR / split / "text" for split in ("dev", "test") if (POLNEAR / split / "text").is_dir()]
    return [held_out, [POLNEAR / "train" / "text"]]


def texts(corpus: list[Path], scale: int) -> list[str]:
    # distinct texts only (the corpus holds one text twice; a build stores it once)
    base = list(dict.fromkeys(p.read_text(encoding="utf-8") for d in corpus for p in sorted(d.glob("*.txt"))))
    return [t if k == 0 else f"{t}\n\n(Copy {k}.)" for k in range(scale) for t in base]


def write_inputs(items: list[str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(items):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def spacy_pipeline(model: str | None):
    """spaCy's own pipeline of the model a build would load (first of the candidates that loads)."""
    import spacy

    from sourcebook.nlp.pipeline import model_candidates

    for name in model_candidates(model):
        try:
            return spacy.load(name)
        except (OSError, ImportError, ValueError):
            continue
    raise SystemExit(f"no spaCy pipeline among {model_candidates(model)}")


def phase(name: str, corpus: list[Path], scale: int, model: str | None) -> dict:
    items = texts(corpus, scale)
    chars = sum(map(len, items))
    start = time.perf_counter()
    if name == "components":
        return component_times(items, model)
    if name == "parse":
        nlp = spacy_pipeline(model)
        start = time.perf_counter()
        for _ in nlp.pipe(items, batch_size=BATCH):
            pass
    elif name == "extract":
        from sourcebook.nlp.pipeline import load_pipeline
        from sourcebook.nlp.runner import Task, extract_docs

        nlp = load_pipeline(model)
        start = time.perf_counter()
        extract_docs(nlp, [Task(str(i), t) for i, t in enumerate(items)], BATCH)
    else:
        from sourcebook.build import build
        from sourcebook.settings import Settings

        with tempfile.TemporaryDirectory() as tmp:
            folder = write_inputs(items, Path(tmp) / "in")
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


def run_phase(name: str, corpus: list[Path], scale: int, model: str | None) -> dict:
    cmd = [sys.executable, __file__, "--phase", f"{name}:{scale}", *corpus_args(corpus)]
    if model:
        cmd += ["--model", model]
    clock = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    row = json.loads(out.strip().splitlines()[-1])
    row["process_seconds"] = round(time.perf_counter() - clock, 2)  # interpreter start and imports too
    return row


def corpus_args(corpus: list[Path]) -> list[str]:
    return [arg for folder in corpus for arg in ("--corpus", str(folder))]


def pipeline_row(corpus: list[Path], scale: int, model: str | None) -> dict:
    """Every phase over one corpus at one scale, and the ratios between them."""
    from process import build_process

    row: dict = {"corpus": [str(c) for c in corpus]}
    for name in ("parse", "extract", "build", "components"):
        row[name] = run_phase(name, corpus, scale, model)
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_inputs(texts(corpus, scale), Path(tmp) / "in")
        row["process"] = build_process(folder, Path(tmp) / "b.db", 1, model)
    row["process"]["articles_per_second"] = round(row["parse"]["articles"] / row["process"]["seconds"], 1)
    row["extract_over_parse"] = round(row["extract"]["seconds"] / row["parse"]["seconds"], 3)
    row["build_over_parse"] = round(row["process"]["seconds"] / row["parse"]["seconds"], 3)
    row["build_speed_of_parse"] = round(row["parse"]["seconds"] / row["process"]["seconds"], 3)
    row["build_call_speed_of_parse"] = round(row["parse"]["seconds"] / row["build"]["seconds"], 3)
    return row


def print_row(scale: int, row: dict) -> None:
    stages = row["build"]["stages"]
    print("     build stages (s): " + ", ".join(f"{stage} {value}" for stage, value in stages.items()))
    comp = row["components"]
    print(f"     in one process: spaCy's own components {comp['spacy_seconds']}s, Sourcebook's "
          f"{comp['sourcebook_seconds']}s (+{100 * comp['sourcebook_over_spacy']:.1f}%; figures "
          f"+{100 * comp['figures_over_spacy']:.1f}%)")
    print(f"{scale:>3}x {row['parse']['articles']:>6} articles ({', '.join(Path(c).parent.name for c in row['corpus'])}): "
          f"parse {row['parse']['seconds']:.1f}s ({row['parse']['articles_per_second']}/s), extract "
          f"{row['extract']['seconds']:.1f}s (x{row['extract_over_parse']}), whole build process "
          f"{row['process']['seconds']:.1f}s ({row['process']['articles_per_second']}/s): speed "
          f"{row['build_speed_of_parse']} of parse; peak RSS build {row['process']['peak_rss_mb']} MB", flush=True)


def jobs_rows(corpus: list[Path], jobs: list[int], model: str | None) -> list[dict]:
    """``sourcebook build --jobs N`` over the same texts for each N, with the speed-up over the first."""
    from process import build_process

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        items = texts(corpus, 1)
        folder = write_inputs(items, Path(tmp) / "in")
        for n in jobs:
            row = build_process(folder, Path(tmp) / f"jobs{n}.db", n, model)
            row["articles"] = len(items)
            row["articles_per_second"] = round(len(items) / row["seconds"], 2)
            row["speed_up"] = round(rows[0]["seconds"] / row["seconds"], 2) if rows else 1.0
            rows.append(row)
            print(f"     --jobs {n}: {row['seconds']}s ({row['articles_per_second']}/s, x{row['speed_up']}); "
                  f"peak RSS build {row['peak_rss_mb']} MB, per worker {row['peak_rss_mb_per_worker']} MB", flush=True)
    return rows


def component_benchmarks(results: dict) -> list[str]:
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
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, action="append",
                        help="a folder of .txt files; repeat to join folders into one corpus (default: see above)")
    parser.add_argument("--scales", default="1", help="corpus multiples, e.g. 1,4,16")
    parser.add_argument("--model")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to time on the last corpus ('' to skip)")
    parser.add_argument("--only-pipeline", action="store_true",
                        help="skip the component benchmarks (their results in --out are kept)")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        name, scale = args.phase.split(":")
        print(json.dumps(phase(name, args.corpus, int(scale), args.model)))
        return 0
    corpora = [args.corpus] if args.corpus else default_corpora()
    missing = [str(folder) for corpus in corpora for folder in corpus if not folder.is_dir()]
    if missing or not all(corpora):
        print(f"corpus not found: {', '.join(missing) or 'none given'} (../shared beside the checkout, or --corpus DIR)",
              file=sys.stderr)
        return 2
    results: dict = {"pipeline": []}
    for corpus in corpora:
        for scale in map(int, args.scales.split(",")):
            row = pipeline_row(corpus, scale, args.model)
            print_row(scale, row)
            results["pipeline"].append(row)
    if args.jobs:
        results["jobs"] = jobs_rows(corpora[-1], [int(n) for n in args.jobs.split(",")], args.model)
    failed = [] if args.only_pipeline else component_benchmarks(results)
    if args.only_pipeline and args.out.exists():  # keep the component benchmarks of an earlier run
        results = {**json.loads(args.out.read_text()), **results}
    args.out.write_text(json.dumps(results, indent=1) + "\n")
    print(f"wrote {args.out}")
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
