"""``sourcebook evaluate figures FILE``: figure accuracy on a JSONL file of sentences with their
quantities (our multi-domain set: ``tests/data/figures_multidomain.jsonl``).

Each line is ``{"document", "split", "domain", "text", "figures": [...]}`` with figures in the
ledger layout (``text`` span, ``value``, ``low``, ``high``, ``qualifier``, ``change``, ``unit``,
``kind``). A sentence with no figures tests that nothing is read there (years, dates, names
with digits). Matching is the seed gold's (``figures.score_figures``: overlapping spans,
agreeing values); on top of it:

- value F1: matched figures over gold and predicted;
- value+change F1: matched figures whose ``change`` (up / down / null) also agrees;
- unit accuracy: matched figures with a gold unit whose predicted unit is the same
  (``figures.same_unit``).

``split`` selects part of the file: develop on one part, score the other ("dev" / "held" in
``figures_multidomain.jsonl``, "fresh-dev" / "fresh-held" in ``figures_fresh.jsonl``,
"third-dev" / "third-held" in ``figures_third.jsonl``).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import SettingsError
from .figures import _match, same_unit

__all__ = ["read_figure_set", "score_figure_set", "evaluate_figure_set", "format_figure_set"]


def read_figure_set(path: str | Path, split: str | None = None) -> list[dict]:
    """The rows of a JSONL figure set (of one ``split`` when given)."""
    path = Path(path)
    if not path.is_file():
        raise SettingsError(f"figure set {path} not found")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SettingsError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise SettingsError(f"{path}:{number}: expected an object with 'text' and 'figures'")
        if split is None or row.get("split") == split:
            rows.append(row)
    return rows


def _f1(right: int, predicted: int, gold: int) -> dict:
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_figure_set(pairs: list[tuple[dict, list[dict]]]) -> dict:
    """Scores of (gold row, predicted ledger figures) pairs."""
    gold_n = pred_n = matched = with_change = unit_n = unit_right = 0
    errors: list[dict] = []
    for row, predicted in pairs:
        gold = list(row.get("figures") or [])
        gold_n += len(gold)
        pred_n += len(predicted)
        found = _match(gold, predicted, row["text"])
        matched += len(found)
        got_g = {i for i, _ in found}
        got_p = {j for _, j in found}
        for i, j in found:
            g, p = gold[i], predicted[j]
            if (g.get("change") or None) == (p.get("change") or None):
                with_change += 1
            else:
                errors.append({"what": "change", "text": row["text"], "figure": g["text"]["text"],
                               "gold": g.get("change"), "predicted": p.get("change")})
            if g.get("unit"):
                unit_n += 1
                if same_unit(g.get("unit"), p.get("unit")):
                    unit_right += 1
                else:
                    errors.append({"what": "unit", "text": row["text"], "figure": g["text"]["text"],
                                   "gold": g.get("unit"), "predicted": p.get("unit")})
        errors += [{"what": "missed", "text": row["text"], "figure": g["text"]["text"], "gold": g.get("value"),
                    "predicted": None} for i, g in enumerate(gold) if i not in got_g]
        errors += [{"what": "false", "text": row["text"], "figure": p["text"]["text"], "gold": None,
                    "predicted": p.get("value")} for j, p in enumerate(predicted) if j not in got_p]
    return {
        "sentences": len(pairs),
        "gold": gold_n,
        "predicted": pred_n,
        "matched": matched,
        "value": _f1(matched, pred_n, gold_n),
        "value_change": _f1(with_change, pred_n, gold_n),
        "unit_accuracy": round(unit_right / unit_n, 4) if unit_n else 0.0,
        "errors": errors,
    }


def evaluate_figure_set(path: str | Path, nlp=None, split: str | None = None) -> dict:
    """Run the pipeline over the sentences of the set and score its figures."""
    from ..report.ledger import figure_record

    rows = read_figure_set(path, split)
    if nlp is None:
        from ..nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    pairs = []
    for row, doc in zip(rows, nlp.pipe(row["text"] for row in rows), strict=True):
        pairs.append((row, [figure_record(f) for f in doc._.sourcebook_figures]))
    return score_figure_set(pairs)


def format_figure_set(result: dict, show: int = 0) -> str:
    """The scores as a short table, with the first ``show`` errors."""
    lines = [
        f"sentences {result['sentences']}  gold {result['gold']}  predicted {result['predicted']}  "
        f"matched {result['matched']}",
        f"{'':<16}{'precision':>10}{'recall':>10}{'f1':>10}",
    ]
    for name, key in (("value", "value"), ("value+change", "value_change")):
        s = result[key]
        lines.append(f"{name:<16}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>10.3f}")
    lines.append(f"{'unit accuracy':<16}{result['unit_accuracy']:>10.3f}")
    for error in result["errors"][:show]:
        lines.append(f"  {error['what']}: {error['figure']!r} gold {error['gold']!r} predicted "
                     f"{error['predicted']!r} | {error['text']}")
    return "\n".join(lines)
