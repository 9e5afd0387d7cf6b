"""Attribution accuracy on PolNeAR (brat standoff: Source, Cue, Content spans).

``evaluate_polnear(DIR)`` reads ``DIR/text/*.txt`` and ``DIR/attributions/*.ann`` (for a text
with several annotators' files, the lexicographically first), runs the pipeline and scores,
for all attributions and for speech attributions only (the cue is a verb of saying or
"according to"):

- character-level P/R/F1 for source, cue and content: the sets of non-whitespace characters
  labelled with the role by any attribution, predicted against gold;
- attribution P/R/F1: a one-to-one matching of attributions whose content characters have a
  Jaccard similarity of at least 0.5 (greedy, most similar pair first);
- "attributed" P/R/F1: matched, and the predicted source overlaps the gold source (or both
  have none).

Nested predictions (``parent`` set) are left out: PolNeAR annotates no nesting, each token
belongs to at most one attribution.

    python -m sourcebook.evaluate.polnear ../shared/corpora/polnear/dev
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..nlp.attribution.lexicon import is_speech_cue

log = logging.getLogger(__name__)

ROLES = ("source", "cue", "content")
SUBSETS = ("all", "speech")
MIN_JACCARD = 0.5
LATER_COMPONENTS = ("sourcebook_figures",)

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Item:
    """One attribution reduced to character ranges."""

    source: Ranges
    cue: Ranges
    content: Ranges
    cue_text: str

    @property
    def speech(self) -> bool:
        return is_speech_cue(self.cue_text)


# ---------------------------------------------------------------- reading brat files

_RANGE = re.compile(r"(\d+) (\d+)")


def parse_ann(text: str, doc_text: str) -> list[Item]:
    """The attributions of one brat .ann file."""
    spans: dict[str, tuple[str, Ranges]] = {}
    events: list[str] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, where = parts[1].partition(" ")
            ranges = tuple((int(s), int(e)) for s, e in _RANGE.findall(where))
            spans[parts[0]] = (label, ranges)
        elif parts[0].startswith("E"):
            events.append(parts[1])
    items = []
    for event in events:
        roles: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
        for arg in event.split():
            role, _, ref = arg.partition(":")
            if ref not in spans:
                continue
            role = role.rstrip("0123456789").lower()
            if role in roles:
                roles[role].extend(spans[ref][1])
        cue_text = " ".join(doc_text[s:e] for s, e in roles["cue"])
        items.append(Item(tuple(roles["source"]), tuple(roles["cue"]), tuple(roles["content"]), cue_text))
    return items


def read_corpus(directory: str | Path, limit: int | None = None) -> list[tuple[str, str, list[Item]]]:
    """(name, text, gold items) for every text with an annotation file."""
    directory = Path(directory)
    texts = sorted((directory / "text").glob("*.txt"))
    ann_files = sorted((directory / "attributions").glob("*.ann"))
    corpus = []
    for path in texts:
        name = path.stem
        candidates = [a for a in ann_files if a.name.startswith(name + "_") or a.stem == name]
        if not candidates:
            log.warning("no annotation file for %s", path.name)
            continue
        text = path.read_text(encoding="utf-8")
        gold = parse_ann(candidates[0].read_text(encoding="utf-8"), text)
        corpus.append((name, text, gold))
        if limit is not None and len(corpus) >= limit:
            break
    return corpus


# ---------------------------------------------------------------- scoring


def chars(text: str, ranges: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The non-whitespace character offsets covered by ``ranges``."""
    out: set[int] = set()
    for start, end in ranges:
        out.update(i for i in range(max(start, 0), min(end, len(text))) if not text[i].isspace())
    return frozenset(out)


def prf(tp: float, n_pred: float, n_gold: float, tp_gold: float | None = None) -> dict:
    precision = tp / n_pred if n_pred else 0.0
    recall = (tp if tp_gold is None else tp_gold) / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f1": f1, "tp": tp, "pred": n_pred, "gold": n_gold}


def match(text: str, gold: Sequence[Item], pred: Sequence[Item]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs with content Jaccard >= 0.5."""
    gold_chars = [chars(text, g.content) for g in gold]
    pred_chars = [chars(text, p.content) for p in pred]
    candidates = []
    for gi, gc in enumerate(gold_chars):
        if not gc:
            continue
        for pi, pc in enumerate(pred_chars):
            inter = len(gc & pc)
            if not inter:
                continue
            jaccard = inter / len(gc | pc)
            if jaccard >= MIN_JACCARD:
                candidates.append((-jaccard, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def source_agrees(text: str, gold: Item, pred: Item) -> bool:
    gs, ps = chars(text, gold.source), chars(text, pred.source)
    if not gs and not ps:
        return True
    return bool(gs & ps)


class Tally:
    """Counts summed over documents for one subset of attributions."""

    def __init__(self) -> None:
        self.roles = {role: [0, 0, 0] for role in ROLES}  # tp, pred, gold
        self.att = [0, 0, 0]  # matched, pred, gold
        self.attributed = 0

    def add(self, text: str, gold: Sequence[Item], pred: Sequence[Item]) -> None:
        for role in ROLES:
            g = set().union(*(chars(text, getattr(i, role)) for i in gold)) if gold else set()
            p = set().union(*(chars(text, getattr(i, role)) for i in pred)) if pred else set()
            counts = self.roles[role]
            counts[0] += len(g & p)
            counts[1] += len(p)
            counts[2] += len(g)
        pairs = match(text, gold, pred)
        self.att[0] += len(pairs)
        self.att[1] += len(pred)
        self.att[2] += len(gold)
        self.attributed += sum(source_agrees(text, gold[gi], pred[pi]) for gi, pi in pairs)

    def result(self) -> dict:
        out = {role: prf(*counts) for role, counts in self.roles.items()}
        out["attribution"] = prf(*self.att)
        out["attributed"] = prf(self.attributed, self.att[1], self.att[2])
        return out


MISSES = ("attributed", "taken", "ranker", "source", "boundary", "other_cue", "nested", "no_candidate")


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def miss_kinds(
    text: str, gold: Sequence[Item], kept: Sequence[Item], proposed: Sequence[Item], nested: Sequence[Item]
) -> list[str]:
    """Why each gold attribution is or is not "attributed" (one of MISSES, first that holds):
    ``kept`` are the top-level predictions, ``proposed`` the top-level proposals before the
    ranker's threshold, ``nested`` the proposals inside another's content.

    attributed: matched by a kept prediction with an agreeing source; taken: that prediction
    went to another gold attribution (the matching is one-to-one); ranker: a proposal would
    match, but the threshold dropped it; source: a proposal's content matches (Jaccard >= 0.5) but
    its source does not; boundary: a proposal with the same cue has a content under 0.5;
    other_cue: only a proposal with another cue overlaps the content; nested: a nested
    proposal matches (PolNeAR folds it into the outer one); no_candidate: nothing near."""
    pairs = match(text, gold, kept)
    done = {gi for gi, pi in pairs if source_agrees(text, gold[gi], kept[pi])}
    kept_set = set(kept)
    prop_chars = [chars(text, p.content) for p in proposed]
    prop_cues = [chars(text, p.cue) for p in proposed]
    out = []
    for gi, g in enumerate(gold):
        gc, gcue = chars(text, g.content), chars(text, g.cue)
        close = [i for i, pc in enumerate(prop_chars) if gc and _jaccard(gc, pc) >= MIN_JACCARD]
        if gi in done:
            kind = "attributed"
        elif any(source_agrees(text, g, proposed[i]) for i in close):
            kind = "taken" if all(proposed[i] in kept_set for i in close if source_agrees(text, g, proposed[i])) else "ranker"
        elif close:
            kind = "source"
        elif any(gcue & c for c in prop_cues):
            kind = "boundary"
        elif any(gc & pc for pc in prop_chars):
            kind = "other_cue"
        elif any(gc and _jaccard(gc, chars(text, n.content)) >= MIN_JACCARD for n in nested):
            kind = "nested"
        else:
            kind = "no_candidate"
        out.append(kind)
    return out


def predicted_items(doc) -> list[Item]:
    items = []
    for att in doc._.sourcebook_attributions:
        if att.parent is not None:
            continue  # PolNeAR is univocal: a report nested in another is folded into it
        source = ((att.source.start, att.source.end),) if att.source else ()
        cue = ((att.cue.start, att.cue.end),) if att.cue else ()
        content = tuple((c.start, c.end) for c in att.contents)
        items.append(Item(source, cue, content, att.cue.text if att.cue else ""))
    return items


def evaluate_polnear(directory: str | Path, nlp=None, limit: int | None = None) -> dict:
    """Score the pipeline on a PolNeAR split; see the module docstring for the metrics.

    Returns ``{"documents", "seconds", "all": {...}, "speech": {...}}`` where each subset maps
    source, cue, content, attribution and attributed to ``{"p", "r", "f1", "tp", "pred", "gold"}``.
    """
    if nlp is None:
        from ..nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    corpus = read_corpus(directory, limit)
    tallies = {subset: Tally() for subset in SUBSETS}
    started = time.perf_counter()
    # only the attributions are scored: the components after them need not run
    skip = [name for name in LATER_COMPONENTS if name in nlp.pipe_names]
    with nlp.select_pipes(disable=skip):
        docs = nlp.pipe(text for _, text, _ in corpus)
        for (_, text, gold), doc in zip(corpus, docs, strict=True):
            pred = predicted_items(doc)
            tallies["all"].add(text, gold, pred)
            tallies["speech"].add(text, [g for g in gold if g.speech], [p for p in pred if p.speech])
    result: dict[str, object] = {subset: tally.result() for subset, tally in tallies.items()}
    result["documents"] = len(corpus)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def format_polnear(result: dict) -> str:
    """A plain-text table of ``evaluate_polnear``'s result."""
    columns = ("source", "cue", "content", "attribution", "attributed")
    lines = [f"PolNeAR: {result.get('documents', '?')} documents, {result.get('seconds', '?')} s"]
    header = f"{'subset':<8} {'metric':<12} {'P':>6} {'R':>6} {'F1':>6} {'pred':>8} {'gold':>8}"
    lines.append(header)
    lines.append("-" * len(header))
    for subset in SUBSETS:
        for column in columns:
            row = result[subset][column]
            lines.append(
                f"{subset:<8} {column:<12} {row['p']:>6.3f} {row['r']:>6.3f} {row['f1']:>6.3f} "
                f"{row['pred']:>8} {row['gold']:>8}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score attribution extraction on a PolNeAR split.")
    parser.add_argument("directory", help="a directory holding text/ and attributions/")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N texts")
    args = parser.parse_args(argv)
    print(format_polnear(evaluate_polnear(args.directory, limit=args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
