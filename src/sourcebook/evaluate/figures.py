"""Figure accuracy against gold annotations (the fair matching of the seed gold README).

A gold figure and a predicted one match when their spans overlap (over non-whitespace
characters) and their values agree: equal values, or for ranges and vague amounts a
predicted value inside the gold interval, or equal bounds. Matching is one-to-one, the
largest overlaps first. On the matched pairs unit, qualifier, low/high and according_to are
compared leniently: case, plural/lemma forms and speaker-name variants are folded.

>>> result = score_figures([(gold_doc, predicted_ledger)])  # doctest: +SKIP
>>> print(format_figures(result))  # doctest: +SKIP
"""

from __future__ import annotations

import math
import re

from ..aliases import canonical_name, fold, strip_titles

__all__ = ["score_figures", "format_figures", "same_unit", "same_speaker", "values_agree"]

_FIELDS = ("unit", "qualifier", "bounds", "according_to")


def _num(value) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def values_agree(gold: dict, pred: dict) -> bool:
    """Equal values; for a gold range or vague amount a predicted value inside the gold
    interval, or equal bounds."""
    g, p = _num(gold.get("value")), _num(pred.get("value"))
    if g is not None and p is not None and _close(g, p):
        return True
    g_low, g_high = _num(gold.get("low")), _num(gold.get("high"))
    interval = gold.get("qualifier") in ("range", "vague") or (
        g_low is not None and g_high is not None and not _close(g_low, g_high)
    )
    if not interval:
        return False
    if p is not None and (g_low is None or p >= g_low - 1e-9) and (g_high is None or p <= g_high + 1e-9):
        return True
    return _close(g_low, _num(pred.get("low"))) and _close(g_high, _num(pred.get("high")))


def _singular(word: str) -> str:
    irregular = {"people": "person", "children": "child", "women": "woman", "men": "man",
                 "millennia": "millennium", "millenia": "millennium", "centuries": "century"}
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _unit_words(unit: str) -> list[str]:
    words = re.findall(r"[a-z]+", fold(unit.replace("%", " percent ")))
    return [_singular(w) for w in words if w not in ("and", "or", "the", "of")]


def same_unit(gold: str | None, pred: str | None) -> bool:
    """Equal after folding case and plurals; or the head nouns (last words) agree; or every
    predicted word is a word of the gold unit ("hospitals" for "hospitals and clinics")."""
    if not gold or not pred:
        return not gold and not pred
    g, p = _unit_words(gold), _unit_words(pred)
    if not g or not p:
        return g == p
    if g == p or g[-1] == p[-1] or g[0] == p[-1]:
        return True
    return set(p) <= set(g)


def _name_words(name: str) -> list[str]:
    name = re.sub(r"\([^)]*\)", " ", name)
    return strip_titles(name).split()


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """The README's speaker rule: equal after lower-casing, dropping titles and folding
    organisation aliases, or one name's last word is a word of the other."""
    if not gold or not pred:
        return not gold and not pred
    if fold(canonical_name(gold)) == fold(canonical_name(pred)):
        return True
    if strip_titles(gold) == strip_titles(pred):
        return True
    g_words, p_words = _name_words(gold), _name_words(pred)
    g_all = strip_titles(gold).split()
    if not g_words or not p_words:
        return False
    return p_words[-1] in g_all or g_words[-1] in p_words


def _nonspace(text: str | None, start: int, end: int) -> int:
    if text is None:
        return max(0, end - start)
    return sum(1 for ch in text[start:end] if not ch.isspace())


def _overlap(gold: dict, pred: dict, text: str | None) -> int:
    gs, ge = gold["text"]["start"], gold["text"]["end"]
    ps, pe = pred["text"]["start"], pred["text"]["end"]
    start, end = max(gs, ps), min(ge, pe)
    if start >= end:
        return 0
    return _nonspace(text, start, end)


def _match(gold_figs: list[dict], pred_figs: list[dict], text: str | None) -> list[tuple[int, int]]:
    candidates = []
    for i, g in enumerate(gold_figs):
        for j, p in enumerate(pred_figs):
            size = _overlap(g, p, text)
            if size > 0 and values_agree(g, p):
                candidates.append((size, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _compare(gold: dict, pred: dict) -> dict[str, bool]:
    bounds = _close(_num(gold.get("low")), _num(pred.get("low"))) and _close(
        _num(gold.get("high")), _num(pred.get("high"))
    )
    return {
        "unit": same_unit(gold.get("unit"), pred.get("unit")),
        "qualifier": (gold.get("qualifier") or "exact") == (pred.get("qualifier") or "exact"),
        "bounds": bounds,
        "according_to": same_speaker(gold.get("according_to"), pred.get("according_to")),
    }


def _brief(doc: str, fig: dict) -> dict:
    return {
        "document": doc,
        "text": fig["text"]["text"],
        "start": fig["text"]["start"],
        "value": fig.get("value"),
        "unit": fig.get("unit"),
    }


def score_figures(pairs: list[tuple[dict, dict]]) -> dict:
    """Precision/recall of figures and, over matched ones, the accuracy of unit, qualifier,
    bounds (low and high) and according_to. ``pairs``: (gold document, predicted ledger)."""
    gold_n = pred_n = matched = 0
    right = dict.fromkeys(_FIELDS, 0)
    wrong: dict[str, list] = {name: [] for name in _FIELDS}
    misses, false_positives = [], []
    for gold_doc, pred_doc in pairs:
        doc = gold_doc.get("document") or pred_doc.get("document") or "?"
        gold_figs = list(gold_doc.get("figures") or [])
        pred_figs = list(pred_doc.get("figures") or [])
        gold_n += len(gold_figs)
        pred_n += len(pred_figs)
        found = _match(gold_figs, pred_figs, pred_doc.get("text"))
        matched += len(found)
        got_g = {i for i, _ in found}
        got_p = {j for _, j in found}
        misses += [_brief(doc, g) for i, g in enumerate(gold_figs) if i not in got_g]
        false_positives += [_brief(doc, p) for j, p in enumerate(pred_figs) if j not in got_p]
        for i, j in found:
            g, p = gold_figs[i], pred_figs[j]
            for name, ok in _compare(g, p).items():
                if ok:
                    right[name] += 1
                else:
                    key = "according_to" if name == "according_to" else name
                    field = {"bounds": ("low", "high")}.get(name, (key,))
                    wrong[name].append({
                        **_brief(doc, g),
                        "gold": [g.get(f) for f in field],
                        "predicted": [p.get(f) for f in field],
                    })
    precision = matched / pred_n if pred_n else 0.0
    recall = matched / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, object] = {
        "gold": gold_n,
        "predicted": pred_n,
        "matched": matched,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }
    for name in _FIELDS:
        result[name] = round(right[name] / matched, 4) if matched else 0.0
    result.update({"misses": misses, "false_positives": false_positives, "wrong": wrong})
    return result


def format_figures(result: dict) -> str:
    """A short plain-text table of a ``score_figures`` result."""
    lines = [
        f"figures  gold {result['gold']}  predicted {result['predicted']}  matched {result['matched']}",
        f"{'precision':<14}{result['precision']:.3f}",
        f"{'recall':<14}{result['recall']:.3f}",
        f"{'f1':<14}{result['f1']:.3f}",
    ]
    lines += [f"{name:<14}{result[name]:.3f}" for name in _FIELDS]
    for label, items in (("missed", result["misses"]), ("false positive", result["false_positives"])):
        for item in items[:20]:
            lines.append(f"  {label}: {item['document']} @{item['start']} {item['text']!r}")
    for name, items in result["wrong"].items():
        for item in items[:10]:
            lines.append(f"  wrong {name}: {item['document']} {item['text']!r} gold {item['gold']} "
                         f"predicted {item['predicted']}")
    return "\n".join(lines)
