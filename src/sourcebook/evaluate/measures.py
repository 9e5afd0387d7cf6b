"""Cross-article accuracy on the seed gold set: measures (verdicts) and merged speakers.

The rules are those of ``seeds/gold/README.md``:

- Measures: gold figures are mapped to predicted measure members by span overlap (over
  non-whitespace characters). A gold group with relation conflict or changed_over_time is
  *found* when a predicted measure with that verdict holds two or more of its figures and
  more than half of the measure's members come from the group (one measure lumping
  everything does not count). A predicted conflict over two figures of an agree or
  different_scope group that matches no conflict group is a *false conflict*.
- Speakers: every attribution of each cross_speakers.json entry must carry one speaker_id.
  Gold attributions are mapped to predicted ones by content overlap (the prediction whose
  content shares the most non-whitespace characters with the gold content).

Inputs are plain dicts as read from JSON: gold documents (``*.gold.json``), the predicted
ledgers (``export --format ledger``: ``<stem>.json``) and the predicted ``measures.json``.
"""

from __future__ import annotations

from collections import Counter

__all__ = ["format_measures", "score_measures", "score_speakers"]

_SCORED_RELATIONS = ("conflict", "changed_over_time")
_NO_CONFLICT_RELATIONS = ("agree", "different_scope")


def _solid(text: str | None, start: int, end: int) -> set[int]:
    """The non-whitespace character offsets of [start, end) (all of them without text)."""
    if text is None:
        return set(range(start, end))
    return {i for i in range(max(0, start), min(end, len(text))) if not text[i].isspace()}


def _document_text(document: str, ledgers: dict[str, dict]) -> str | None:
    ledger = ledgers.get(document) or {}
    return ledger.get("text")


def _gold_figures(gold_docs: dict[str, dict], ledgers: dict[str, dict]) -> dict[str, list[tuple[str, set[int]]]]:
    figures: dict[str, list[tuple[str, set[int]]]] = {}
    for document, gold in gold_docs.items():
        text = _document_text(document, ledgers)
        figures[document] = [
            (f["id"], _solid(text, f["text"]["start"], f["text"]["end"])) for f in gold.get("figures", [])
        ]
    return figures


def _member_gold(member: dict, gold_figures: dict, ledgers: dict) -> tuple[str, str] | None:
    """The gold figure (document, id) a predicted member overlaps most, or None."""
    document = member.get("document")
    if document is None:
        return None  # no document: no gold figure to overlap
    candidates = gold_figures.get(document, [])
    chars = _solid(_document_text(document, ledgers), member["start"], member["end"])
    best, best_overlap = None, 0
    for figure_id, gold_chars in candidates:
        overlap = len(chars & gold_chars)
        if overlap > best_overlap:
            best, best_overlap = (document, figure_id), overlap
    return best


def score_measures(
    gold_docs: dict[str, dict],
    cross_groups: list[dict],
    ledgers: dict[str, dict],
    measures: list[dict],
) -> dict:
    """Found conflict / changed_over_time groups and false conflicts, as a dict.

    ``gold_docs`` maps a document name to its gold json; ``cross_groups`` is
    cross_document.json; ``ledgers`` maps a document name to its predicted ledger (only its
    ``text`` is read, for whitespace); ``measures`` is the predicted measures.json list.
    """
    gold_figures = _gold_figures(gold_docs, ledgers)
    mapped = []  # per predicted measure: list of gold refs (None for unmapped members)
    for measure in measures:
        mapped.append([_member_gold(m, gold_figures, ledgers) for m in measure.get("members", [])])

    def holds(measure_index: int, group_refs: set) -> bool:
        refs = mapped[measure_index]
        inside = [r for r in refs if r in group_refs]
        return len(set(inside)) >= 2 and len(inside) > len(refs) / 2

    groups = []
    conflict_matches: set[int] = set()
    for group in cross_groups:
        relation = group.get("relation")
        if relation not in _SCORED_RELATIONS:
            continue
        refs = {(m["document"], m["figure"]) for m in group["members"]}
        hits = [i for i, measure in enumerate(measures) if measure.get("verdict") == relation and holds(i, refs)]
        if relation == "conflict":
            conflict_matches.update(hits)
        groups.append({
            "measure": group.get("measure"),
            "relation": relation,
            "found": bool(hits),
            "predicted": [measures[i].get("id") for i in hits],
        })

    false_conflicts = []
    for i, measure in enumerate(measures):
        if measure.get("verdict") != "conflict" or i in conflict_matches:
            continue
        refs = set(r for r in mapped[i] if r)
        for group in cross_groups:
            if group.get("relation") not in _NO_CONFLICT_RELATIONS:
                continue
            group_refs = {(m["document"], m["figure"]) for m in group["members"]}
            if len(refs & group_refs) >= 2:
                false_conflicts.append({"measure_id": measure.get("id"), "label": measure.get("label"),
                                        "gold_group": group.get("measure"), "relation": group["relation"]})
                break

    found = sum(g["found"] for g in groups)
    return {
        "groups": groups,
        "found": found,
        "total": len(groups),
        "recall": found / len(groups) if groups else 1.0,
        "false_conflicts": false_conflicts,
        "predicted_verdicts": dict(sorted(Counter(m.get("verdict") for m in measures).items())),
        "unmapped_members": sum(r is None for refs in mapped for r in refs),
    }


def _predicted_attribution(gold_attr: dict, ledger: dict | None) -> dict | None:
    if not ledger:
        return None
    text = ledger.get("text")
    gold_chars: set[int] = set()
    for span in gold_attr.get("contents", []):
        gold_chars |= _solid(text, span["start"], span["end"])
    best, best_overlap = None, 0
    for attribution in ledger.get("attributions", []):
        chars: set[int] = set()
        for span in attribution.get("contents", []):
            chars |= _solid(text, span["start"], span["end"])
        overlap = len(chars & gold_chars)
        if overlap > best_overlap:
            best, best_overlap = attribution, overlap
    return best


def score_speakers(cross_speakers: list[dict], gold_docs: dict[str, dict], ledgers: dict[str, dict]) -> dict:
    """Whether every attribution of each cross-article speaker carries one speaker_id."""
    entries: list[dict[str, object]] = []
    for entry in cross_speakers:
        ids: list[str | None] = []
        missing = []
        for member in entry["members"]:
            gold = next((a for a in gold_docs.get(member["document"], {}).get("attributions", [])
                         if a["id"] == member["attribution"]), None)
            predicted = _predicted_attribution(gold, ledgers.get(member["document"])) if gold else None
            if predicted is None:
                missing.append(f"{member['document']}:{member['attribution']}")
            else:
                ids.append(predicted.get("speaker_id"))
        distinct = sorted({i for i in ids if i}, key=str)
        entries.append({
            "speaker": entry.get("speaker"),
            "members": len(entry["members"]),
            "matched": len(ids),
            "missing": missing,
            "speaker_ids": distinct,
            # strict: every member found and all carry the same id
            "merged": not missing and len(distinct) == 1 and None not in ids,
            # lenient: the members we found carry one id (missing predictions aside)
            "merged_found": len(distinct) == 1 and None not in ids and len(ids) >= 2,
        })
    merged = sum(1 for e in entries if e["merged"])
    return {
        "entries": entries,
        "merged": merged,
        "merged_found": sum(1 for e in entries if e["merged_found"]),
        "total": len(entries),
        "accuracy": merged / len(entries) if entries else 1.0,
    }


def format_measures(result: dict) -> str:
    """A short plain-text report of ``score_measures`` (and, if given, ``score_speakers``)."""
    lines = [f"measures: {result['found']}/{result['total']} conflict/changed_over_time groups found, "
             f"{len(result['false_conflicts'])} false conflict(s)"]
    for group in result["groups"]:
        mark = "found" if group["found"] else "MISSED"
        lines.append(f"  [{mark}] {group['relation']}: {group['measure']}")
    for false in result["false_conflicts"]:
        lines.append(f"  [FALSE CONFLICT] {false['label']} ({false['measure_id']}) over {false['relation']} "
                     f"group: {false['gold_group']}")
    verdicts = ", ".join(f"{k} {v}" for k, v in result.get("predicted_verdicts", {}).items())
    if verdicts:
        lines.append(f"  predicted verdicts: {verdicts}")
    speakers = result.get("speakers")
    if speakers:
        lines.append(f"speakers: {speakers['merged']}/{speakers['total']} cross-article speakers carry one id")
        for entry in speakers["entries"]:
            state = "ok" if entry["merged"] else "split" if len(entry["speaker_ids"]) > 1 else "incomplete"
            lines.append(f"  [{state}] {entry['speaker']}: {entry['matched']}/{entry['members']} matched, "
                         f"{len(entry['speaker_ids'])} id(s)")
    return "\n".join(lines)
