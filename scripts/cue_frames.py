"""Which cue words and frames the rules miss, and how precise a rule proposing them would be.

    python scripts/cue_frames.py ../shared/corpora/polnear/train [--cache FILE] [--speech] [--by full|frame|lemma] [--top N]

Runs the rules and the cue tagger on every text (the ranker off, the packaged threshold kept, as
``attribution_misses.py`` does) and takes the gold attributions missed as ``no_candidate`` (nothing
proposed comes near the content; not the speech ones unless ``--speech``). Each is keyed by the word
that heads its gold cue (the token under the cue whose head lies outside it): its lemma, its part of
speech, its dependency label and its frame, the complements it takes ('that' or a wh-word opening a
clause, a 'to' infinitive, a bare clause, a noun object, a 'by' agent, each preposition). For every
key the table gives the misses, the gold cues so headed, and how often a word with that key heads no
gold cue and no proposed one: what a new rule keyed so would add wrongly. On train only: the packaged
tagger and ranker saw those texts.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from attribution_misses import proposals  # scripts/
from train_tagger import parsed

from sourcebook.evaluate.polnear import miss_kinds
from sourcebook.nlp.attribution.ranker import Ranker

_WH = {"what", "whether", "if", "how", "why", "who", "when", "where", "which"}


def frame(token) -> str:
    """The complements of ``token``, sorted and joined by '+' ('-' for none)."""
    found = set()
    for child in token.children:
        if child.dep_ in ("ccomp", "acl", "advcl", "relcl") and child.pos_ in ("VERB", "AUX"):
            marks = {m.lower_ for m in child.children if m.dep_ in ("mark", "advmod", "nsubj", "dobj", "nsubjpass")}
            if "that" in marks:
                found.add("that")
            elif marks & _WH:
                found.add("wh")
            elif any(m.dep_ == "aux" and m.lower_ == "to" for m in child.children):
                found.add("inf")
            elif child.dep_ == "ccomp":
                found.add("clause")
        elif child.dep_ == "xcomp":
            found.add("inf" if any(m.lower_ == "to" for m in child.children) else "xcomp")
        elif child.dep_ == "dobj":
            found.add("np")
        elif child.dep_ == "prep":
            found.add("p_" + child.lower_)
        elif child.dep_ == "agent":
            found.add("by")
    return "+".join(sorted(found)) or "-"


def _head(doc, ranges):
    """The token heading a gold cue's character ranges, or None when they cover no token."""
    tokens = [t for start, end in ranges if (span := doc.char_span(start, end, alignment_mode="expand")) is not None
              for t in span]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="a PolNeAR split: a directory with text/ and attributions/")
    parser.add_argument("--cache", help="a DocBin file for the parses (read when it exists, else written)")
    parser.add_argument("--speech", action="store_true", help="count the misses of speech attributions too")
    parser.add_argument("--by", choices=("full", "frame", "lemma"), default="full", help="the key's parts")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    nlp, corpus = parsed(args.directory, args.cache)
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    ranker = extractor.ranker
    extractor.ranker = Ranker(extractor.lex, path=None)
    misses, gold_heads, wrong = Counter(), Counter(), Counter()

    def key(token):
        parts = (token.lemma_.lower(), token.pos_, token.dep_, frame(token))
        return parts if args.by == "full" else parts[:2] + parts[3:] if args.by == "frame" else parts[:2]

    for text, gold, doc in corpus:
        kept, proposed, nested = proposals(extractor, ranker, doc)
        kinds = miss_kinds(text, gold, kept, proposed, nested)
        cue_chars = {c for g in gold for start, end in g.cue for c in range(start, end)}
        proposed_chars = {c for p in proposed for start, end in p.cue for c in range(start, end)}
        heads = set()
        for item, kind in zip(gold, kinds, strict=True):
            if (head := _head(doc, item.cue)) is None:
                continue
            heads.add(head.i)
            gold_heads[key(head)] += 1
            if kind == "no_candidate" and (args.speech or not item.speech):
                misses[key(head)] += 1
        for token in doc:
            if token.is_space or token.i in heads:
                continue
            chars = range(token.idx, token.idx + len(token))
            if not any(c in cue_chars or c in proposed_chars for c in chars):
                wrong[key(token)] += 1
    print(f"{sum(misses.values())} misses")
    print(f"{'key':<56} {'misses':>6} {'gold':>5} {'no gold':>7}")
    for k, n in misses.most_common(args.top):
        print(f"{' '.join(k):<56} {n:>6} {gold_heads[k]:>5} {wrong[k]:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
