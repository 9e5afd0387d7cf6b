"""Benchmark of the figures component (run by `make bench`, or alone).

    python bench/figures.py [OUT.json] [--corpus DIR] [--limit N]

1. Speed: spaCy's parse alone over the corpus texts (default: PolNeAR train, beside the
   checkout) against the figures component run on the parsed Docs; prints the overhead as a
   percentage of the parse time (target: at most 5%).
2. Libraries: the same sentences through quantulum3, text2num and number-parser, and through
   our grammar, printing what each returns: none of them keeps "more than", reads "tens of
   thousands" as an interval, or gives character offsets.
Results are written to OUT.json (default bench/results-figures.json).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "polnear" / "train" / "text"

# Our own sentences (not from any corpus), each with what a reader takes from it.
SENTENCES = [
    ("More than 2,500 families have fled the flooded valley.", "more than 2500 (low 2500, open)"),
    ("Tens of thousands of workers joined the strike on Monday.", "vague 20000-99999"),
    ("The fund lost $4 billion, about 3.5% of its value.", "money 4e9; around 3.5 percent"),
    ("Between 10 and 20 ballots were rejected in each precinct.", "range 10-20"),
    ("Nearly half a million voters registered this year.", "nearly 500000"),
    ("Up to twenty-three people may have been hurt.", "up to 23"),
    ("Hundreds of volunteers counted the votes.", "vague 200-999"),
    ("One in five respondents had not decided.", "ratio 0.2"),
    ("Shares rose 6.5% to 164p after the results.", "change up 6.5 percent; level 164 pence (GBX)"),
    ("The new model has 256GB of storage and reaches 60mph in 3 seconds.", "256 gigabytes; 60 mile / hour; 3 s"),
    ("Python 3 runs on the S&P 500 firms' servers.", "no figure: names with digits"),
]


def parse_speed(corpus: Path, limit: int) -> dict:
    from sourcebook.nlp.components.figures import Figures
    from sourcebook.nlp.pipeline import load_pipeline

    paths = sorted(corpus.glob("*.txt"))[:limit]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("sourcebook_")]
    start = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(texts, batch_size=16))
    parse_seconds = time.perf_counter() - start
    component = Figures(nlp, "sourcebook_figures")
    component(nlp.make_doc("Warm-up: more than 3 lexicons load once."))  # word lists and regexes
    start = time.perf_counter()
    count = 0
    for doc in docs:
        count += len(component(doc)._.sourcebook_figures)
    figure_seconds = time.perf_counter() - start
    overhead = 100.0 * figure_seconds / parse_seconds if parse_seconds else 0.0
    return {
        "texts": len(texts),
        "chars": sum(map(len, texts)),
        "figures": count,
        "parse_seconds": round(parse_seconds, 3),
        "figures_seconds": round(figure_seconds, 4),
        "overhead_percent": round(overhead, 2),
        "target_percent": 5.0,
    }


def _safe(call, text):
    try:
        return call(text)
    except Exception as exc:  # a library failing is a result worth showing
        return f"error: {exc.__class__.__name__}: {exc}"


def _quantulum(text):
    from quantulum3 import parser

    return [f"{q.surface!r} -> {q.value} {q.unit.name}" for q in parser.parse(text)]


def _text2num(text):
    from text_to_num import alpha2digit

    return alpha2digit(text, "en")


def _number_parser(text):
    from number_parser import parse, parse_number

    return {"parse": parse(text), "parse_number": parse_number(text)}


def _ours(text):
    from sourcebook.nlp.figures.numbers import find_numbers

    return [
        f"{text[e.start:e.end]!r} -> value {e.value} low {e.low} high {e.high} {e.qualifier} {e.kind}"
        for e in find_numbers(text)
    ]


def libraries() -> list[dict]:
    rows = []
    for sentence, expected in SENTENCES:
        rows.append({
            "sentence": sentence,
            "expected": expected,
            "quantulum3": _safe(_quantulum, sentence),
            "text2num": _safe(_text2num, sentence),
            "number_parser": _safe(_number_parser, sentence),
            "sourcebook": _ours(sentence),
        })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=HERE / "results-figures.json")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=200, help="texts to parse (default 200)")
    args = parser.parse_args(argv)
    results: dict = {}
    if args.corpus.is_dir():
        results["speed"] = speed = parse_speed(args.corpus, args.limit)
        print(f"parse {speed['parse_seconds']:.2f}s  figures {speed['figures_seconds']:.3f}s  "
              f"overhead {speed['overhead_percent']:.2f}% of the parse (target <= 5%) "
              f"on {speed['texts']} texts, {speed['figures']} figures")
    else:
        print(f"corpus not found at {args.corpus}: speed skipped", file=sys.stderr)
    results["libraries"] = rows = libraries()
    for row in rows:
        print(f"\n{row['sentence']}\n  expected      {row['expected']}")
        for name in ("quantulum3", "text2num", "number_parser", "sourcebook"):
            print(f"  {name:<13} {row[name]}")
    args.out.write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
