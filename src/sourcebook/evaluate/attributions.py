"""Attribution accuracy against the seed gold set (``../shared/seeds/gold``).

The fair matching rules of the gold README, over non-whitespace characters of the content
spans:

- recall: a gold attribution with an explicit source is found when the prediction whose
  content is most like it (highest character Jaccard similarity) covers at least half of the
  gold content;
- precision: a prediction is correct when at least half of its content lies in the content
  of some gold attribution (headline and lede claims included);
- speaker: for each found gold attribution, the speaker of that prediction equals the gold
  speaker after lower-casing, dropping titles and folding organisation aliases, or one name's
  last word is a word of the other (O'Brien for Stephen O'Brien).

Predictions of kind ``belief`` are left out: the seed gold annotates statements, not internal
states (PolNeAR does, and counts them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..aliases import canonical_name, fold, strip_titles


def content_chars(att: dict) -> frozenset[int]:
    out: set[int] = set()
    for span in att.get("contents") or ():
        start = span["start"]
        out.update(start + i for i, ch in enumerate(span.get("text", "")) if not ch.isspace())
    return frozenset(out)


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """The README's name folding: case, titles, organisation aliases, last-word match."""
    if not gold or not predicted:
        return False
    g, p = _norm(gold), _norm(predicted)
    if g == p:
        return True
    g_words, p_words = g.split(), p.split()
    if not g_words or not p_words:
        return False
    return g_words[-1] in p_words or p_words[-1] in g_words


def _norm(name: str) -> str:
    return strip_titles(canonical_name(strip_titles(name) or name, any_case=True)) or fold(name)


def _describe(att: dict) -> str:
    contents = " / ".join(span.get("text", "") for span in att.get("contents") or ())
    source = (att.get("source") or {}).get("text")
    return f"{att.get('id')} [{source}] {att.get('speaker')}: {contents[:100]}"


#: The kinds the seed gold annotates: beliefs and internal states are not attributions there.
SCORED_KINDS = frozenset({"direct", "indirect", "mixed", "according_to"})


def score_document(gold: dict, predicted: dict, kinds: frozenset[str] = SCORED_KINDS) -> dict:
    gold_atts = list(gold.get("attributions") or ())
    pred_atts = [a for a in predicted.get("attributions") or () if a.get("kind", "direct") in kinds]
    gold_chars = [content_chars(a) for a in gold_atts]
    pred_chars = [content_chars(a) for a in pred_atts]
    document = gold.get("document") or predicted.get("document")
    found = speaker_right = explicit = 0
    misses, wrong_speakers, false_positives = [], [], []
    for att, gc in zip(gold_atts, gold_chars, strict=True):
        if att.get("source") is None or not gc:
            continue
        explicit += 1
        best, best_overlap, best_similarity = None, 0, 0.0
        for pred, pc in zip(pred_atts, pred_chars, strict=True):
            overlap = len(gc & pc)
            similarity = overlap / len(gc | pc) if overlap else 0.0
            if similarity > best_similarity:
                best, best_overlap, best_similarity = pred, overlap, similarity
        if best is None or best_overlap * 2 < len(gc):
            misses.append(f"{document}: {_describe(att)}")
            continue
        found += 1
        if same_speaker(att.get("speaker"), best.get("speaker")):
            speaker_right += 1
        else:
            wrong_speakers.append(f"{document}: {att.get('speaker')!r} predicted {best.get('speaker')!r}")
    correct = 0
    for pred, pc in zip(pred_atts, pred_chars, strict=True):
        if pc and any(len(pc & gc) * 2 >= len(pc) for gc in gold_chars):
            correct += 1
        else:
            false_positives.append(f"{document}: {_describe(pred)}")
    return {
        "explicit": explicit,
        "found": found,
        "speaker_right": speaker_right,
        "predicted": len(pred_atts),
        "correct": correct,
        "misses": misses,
        "wrong_speakers": wrong_speakers,
        "false_positives": false_positives,
    }


def score_attributions(pairs: Iterable[tuple[dict, dict]], kinds: frozenset[str] = SCORED_KINDS) -> dict:
    """Score (gold, predicted ledger) pairs of documents.

    Returns ``{"gold", "predicted", "recall", "precision", "speaker", "misses",
    "false_positives", "wrong_speakers", "found", "correct"}``: ``gold`` counts gold
    attributions with an explicit source, ``speaker`` is the share of found ones whose speaker
    is right.
    """
    totals = {"explicit": 0, "found": 0, "speaker_right": 0, "predicted": 0, "correct": 0}
    misses: list[str] = []
    false_positives: list[str] = []
    wrong: list[str] = []
    for gold, predicted in pairs:
        doc = score_document(gold, predicted, kinds)
        for key in totals:
            totals[key] += doc[key]
        misses += doc["misses"]
        false_positives += doc["false_positives"]
        wrong += doc["wrong_speakers"]
    return {
        "gold": totals["explicit"],
        "predicted": totals["predicted"],
        "found": totals["found"],
        "correct": totals["correct"],
        "recall": totals["found"] / totals["explicit"] if totals["explicit"] else 0.0,
        "precision": totals["correct"] / totals["predicted"] if totals["predicted"] else 0.0,
        "speaker": totals["speaker_right"] / totals["found"] if totals["found"] else 0.0,
        "misses": misses,
        "false_positives": false_positives,
        "wrong_speakers": wrong,
    }


def format_attributions(result: dict) -> str:
    """A plain-text summary of ``score_attributions``' result with every error listed."""
    lines = [
        f"attributions: gold {result['gold']} (explicit source), predicted {result['predicted']}",
        f"  recall    {result['recall']:.3f}  ({result.get('found', '?')}/{result['gold']})",
        f"  precision {result['precision']:.3f}  ({result.get('correct', '?')}/{result['predicted']})",
        f"  speaker   {result['speaker']:.3f}",
    ]
    for title, key in (("missed", "misses"), ("false positives", "false_positives"), ("wrong speakers", "wrong_speakers")):
        items: Sequence[str] = result.get(key) or ()
        if items:
            lines.append(f"{title}:")
            lines.extend(f"  {item}" for item in items)
    return "\n".join(lines)


def predict_documents(gold_dir, nlp=None) -> list[tuple[dict, dict]]:
    """(gold, predicted ledger) pairs for the ``*.gold.json`` files of ``gold_dir``; the
    article texts are read from the directory above it, as in ``../shared/seeds``."""
    import json
    from pathlib import Path

    from ..report.ledger import attribution_record

    if nlp is None:
        from ..nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    gold_dir = Path(gold_dir)
    pairs = []
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (gold_dir.parent / gold["document"]).read_text(encoding="utf-8")
        skip = [name for name in ("sourcebook_figures",) if name in nlp.pipe_names]
        with nlp.select_pipes(disable=skip):
            doc = nlp(text)
        predicted = {
            "document": gold["document"],
            "text": text,
            "attributions": [attribution_record(a) for a in doc._.sourcebook_attributions],
        }
        pairs.append((gold, predicted))
    return pairs


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Score attributions against the seed gold set.")
    parser.add_argument("gold_dir", help="a directory of *.gold.json files, the articles one level up")
    args = parser.parse_args(argv)
    print(format_attributions(score_attributions(predict_documents(args.gold_dir))))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
