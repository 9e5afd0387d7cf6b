"""Time the attribution component with and without the cue tagger, against spaCy's parse.

    python scripts/time_attributions.py ../shared/corpora/polnear/train --limit 200

Parses the first LIMIT texts once with spaCy's own components (timed), then runs the
attribution component on the parsed Docs with and without the tagger, the two runs
alternated twice in one process (so a loaded machine slows both alike).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sourcebook.nlp.attribution.tagger import CueTagger
from sourcebook.nlp.factories import PIPELINE_ORDER
from sourcebook.nlp.pipeline import load_pipeline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="a PolNeAR split (its text/ folder is read)")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(args.directory) / "text").glob("*.txt"))[: args.limit]]
    nlp = load_pipeline()
    ours = [n for n in nlp.pipe_names if n in PIPELINE_ORDER]  # the line breaks belong to the parse
    started = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - started
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    tagger, none = extractor.tagger, CueTagger(extractor.lex, path=None)
    seconds = {"with": 0.0, "without": 0.0}
    for order in (("without", "with"), ("with", "without")):
        for name in order:
            extractor.tagger = tagger if name == "with" else none
            started = time.perf_counter()
            for doc in docs:
                extractor(doc)
            seconds[name] += (time.perf_counter() - started) / 2
    extractor.tagger = tagger
    print(f"{len(docs)} texts: spaCy parse {parse:.2f} s; attribution component {seconds['without']:.2f} s without "
          f"the tagger, {seconds['with']:.2f} s with it ({100 * seconds['with'] / parse:.1f}% of the parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
