"""Where a content's end and PolNeAR gold's differ, by the kind of word there.

    python scripts/content_ends.py ../shared/corpora/polnear/train [--cache FILE] [--top N]

For every gold attribution and the top-level proposal with an overlapping cue (rules and cue
tagger, ranker off), the last span of each content is compared. The first word after an end
(punctuation skipped) is the boundary; its kind is the punctuation before it, the word itself
when it is a connective or preposition (else its tag) and its dependency ('","|but|cc'). Per
kind the table counts four things: stop_wrong, the proposal stops there and gold runs on;
agree_stop, both stop there; pass_wrong, gold stops there and the proposal runs on; agree_pass,
both run through such a word. A kind where a wrong count outweighs its agreeing one is a
boundary the rules decide against PolNeAR's majority. Read it on train, not on dev.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from train_ranker import _item  # scripts/
from train_tagger import parsed

from sourcebook.evaluate.polnear import chars
from sourcebook.nlp.attribution.ranker import Ranker

#: words shown as themselves in a kind: connectives, subordinators, relatives, prepositions
_SHOWN = frozenset("and but or as after before while because since when where which who that if although though "
                   "with without in on at for to by during despite including amid according saying adding than so "
                   "even until whether".split())


def kind(token) -> str:
    """The boundary kind of a word: the punctuation before it | the word or its tag | its dependency."""
    previous = token.nbor(-1) if token.i > 0 else None
    punct = previous.text if previous is not None and previous.is_punct else ""
    return f"{punct}|{token.lower_ if token.lower_ in _SHOWN else token.tag_}|{token.dep_}"


def word_after(doc, offset: int):
    """The first word at or after character ``offset`` that is no punctuation or space."""
    return next((t for t in doc if t.idx >= offset and not t.is_punct and not t.is_space), None)


def tally(doc, gold_span: tuple[int, int], pred_span: tuple[int, int], counts: dict[str, Counter]) -> None:
    """Count one pair of last content spans."""
    (gold_start, gold_end), (pred_start, pred_end) = gold_span, pred_span
    ours, theirs = word_after(doc, pred_end), word_after(doc, gold_end)
    if ours is not None and theirs is not None and ours.i == theirs.i:
        counts[kind(ours)]["agree_stop"] += 1
    else:
        if ours is not None and (theirs is None or theirs.i > ours.i):
            counts[kind(ours)]["stop_wrong"] += 1
        if theirs is not None and (ours is None or ours.i > theirs.i):
            counts[kind(theirs)]["pass_wrong"] += 1
    low, high = max(gold_start, pred_start), min(gold_end, pred_end)
    for token in doc.char_span(low, high, alignment_mode="contract") or ():
        if token.idx > low and not token.is_punct:
            counts[kind(token)]["agree_pass"] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", help="a PolNeAR split: a directory with text/ and attributions/")
    parser.add_argument("--cache", help="a DocBin file for the parses (read when it exists, else written)")
    parser.add_argument("--top", type=int, default=40, help="how many kinds to print (most disagreements first)")
    args = parser.parse_args(argv)
    nlp, corpus = parsed(args.directory, args.cache)
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    extractor.ranker = Ranker(extractor.lex, path=None)
    counts: dict[str, Counter] = defaultdict(Counter)
    for text, gold, doc in corpus:
        proposals = [_item(r) for r in extractor(doc) if r.parent is None]
        for item in gold:
            if not item.content or not item.cue:
                continue
            cue = chars(text, item.cue)
            pred = next((p for p in proposals if p.content and chars(text, p.cue) & cue), None)
            if pred is None:
                continue
            (gold_start, gold_end), (pred_start, pred_end) = item.content[-1], pred.content[-1]
            if min(gold_end, pred_end) > max(gold_start, pred_start):
                tally(doc, item.content[-1], pred.content[-1], counts)
    rows = sorted(counts.items(), key=lambda kv: -(kv[1]["stop_wrong"] + kv[1]["pass_wrong"]))
    print(f"{'kind':<28} {'stop_wrong':>10} {'agree_stop':>10} {'pass_wrong':>10} {'agree_pass':>10}")
    for name, c in rows[: args.top]:
        print(f"{name:<28} {c['stop_wrong']:>10} {c['agree_stop']:>10} {c['pass_wrong']:>10} {c['agree_pass']:>10}")
    wrong = sum(c["stop_wrong"] + c["pass_wrong"] for c in counts.values())
    against = sum(max(0, c["stop_wrong"] - c["agree_stop"]) + max(0, c["pass_wrong"] - c["agree_pass"]) for c in counts.values())
    print(f"disagreements at ends: {wrong}; at most set right by flipping the kinds decided against the majority: {against}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
