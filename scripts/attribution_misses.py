"""Where attributed recall is lost on a PolNeAR split, by kind of miss.

    python scripts/attribution_misses.py ../shared/corpora/polnear/dev [--cache FILE] [--show KIND]

The rules and the cue tagger run on every text with the ranker off; the packaged ranker's
threshold then decides which top-level proposals are kept, as in the pipeline. Each gold
attribution gets the first kind of ``evaluate.polnear.miss_kinds`` that holds (attributed,
taken, ranker, source, boundary, other_cue, nested, no_candidate); the table counts them for
all attributions and for speech ones. ``--show KIND`` prints the gold cue and the sentence
around it for the misses of that kind (to read errors; on train, not on dev). On train the
packaged tagger and ranker saw the texts, so the ranker and no_candidate rows are optimistic.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from train_ranker import _item  # scripts/
from train_tagger import parsed

from sourcebook.evaluate.polnear import MISSES, miss_kinds
from sourcebook.nlp.attribution.ranker import Ranker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="a PolNeAR split: a directory with text/ and attributions/")
    parser.add_argument("--cache", help="a DocBin file for the parses (read when it exists, else written)")
    parser.add_argument("--show", choices=MISSES, help="print the misses of this kind")
    args = parser.parse_args(argv)
    nlp, corpus = parsed(args.directory, args.cache)
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    ranker = extractor.ranker
    extractor.ranker = Ranker(extractor.lex, path=None)
    counts = {"all": Counter(), "speech": Counter()}
    for text, gold, doc in corpus:
        kept, proposed, nested = proposals(extractor, ranker, doc)
        for item, kind in zip(gold, miss_kinds(text, gold, kept, proposed, nested), strict=True):
            counts["all"][kind] += 1
            if item.speech:
                counts["speech"][kind] += 1
            if kind == args.show:
                start = item.cue[0][0] if item.cue else (item.content[0][0] if item.content else 0)
                line = text[max(0, start - 120) : start + 160].replace("\n", " ")
                print(f"[{item.cue_text}] ...{line}...")
    print(f"{'kind':<14} {'all':>7} {'share':>6} {'speech':>7} {'share':>6}")
    for kind in MISSES:
        row = [counts[s][kind] for s in ("all", "speech")]
        shares = [n / max(1, sum(counts[s].values())) for n, s in zip(row, ("all", "speech"), strict=True)]
        print(f"{kind:<14} {row[0]:>7} {shares[0]:>6.3f} {row[1]:>7} {shares[1]:>6.3f}")
    return 0


def proposals(extractor, ranker: Ranker, doc) -> tuple[list, list, list]:
    """What ``miss_kinds`` compares the gold with, as items: the top-level records the packaged
    ``ranker`` keeps, all top-level proposals (``extractor`` runs with its ranker off), the nested ones."""
    records = extractor(doc)
    top = [r for r in records if r.parent is None]
    kept_ids = {r.id for r in _kept(ranker, doc, records)}
    kept = [_item(r) for r in top if r.id in kept_ids]
    return kept, [_item(r) for r in top], [_item(r) for r in records if r.parent is not None]


def _kept(ranker: Ranker, doc, records):
    """The records the packaged ranker keeps, with the ids they had before it (it renumbers)."""
    scored = ranker(doc, records)
    if len(scored) == len(records):
        return records
    keys = {(r.cue, r.contents) for r in scored}
    return [r for r in records if (r.cue, r.contents) in keys]


if __name__ == "__main__":
    sys.exit(main())
