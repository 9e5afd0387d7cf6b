"""``sourcebook evaluate gold DIR``: build the seed articles exactly as ``sourcebook build``
does (temporary store), export the ledger, and score it against the gold annotations:
figures, attributions, cross-article measures and cross-article speakers.

DIR holds ``<name>.gold.json`` files; the texts ``<name>.txt`` are read from DIR's parent.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from ..build import build
from ..errors import SettingsError
from ..report.exports import export
from ..settings import Settings
from ..store import Store
from .attributions import format_attributions, score_attributions
from .figures import format_figures, score_figures
from .measures import format_measures, score_measures, score_speakers

__all__ = ["evaluate_gold", "format_gold"]


def _read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def evaluate_gold(gold_dir: str | Path, model: str | None = None) -> dict:
    gold_dir = Path(gold_dir)
    gold_files = sorted(gold_dir.glob("*.gold.json"))
    if not gold_files:
        raise SettingsError(f"no *.gold.json files in {gold_dir}")
    gold_docs = {}
    texts = []
    for path in gold_files:
        gold = _read_json(path)
        document = gold.get("document") or path.name.removesuffix(".gold.json") + ".txt"
        text_path = gold_dir.parent / document
        if not text_path.is_file():
            raise SettingsError(f"{path}: its text {text_path} is missing")
        gold_docs[document] = gold
        texts.append(str(text_path))
    with tempfile.TemporaryDirectory(prefix="sourcebook-eval-") as tmp:
        db = str(Path(tmp) / "gold.db")
        build(texts, Settings(db=db, model=model))
        with Store(db) as store:
            export(store, "ledger", Path(tmp) / "ledger")
        ledgers = {}
        for path in (Path(tmp) / "ledger").glob("*.json"):
            data = _read_json(path)
            if isinstance(data, dict) and "document" in data:
                ledgers[data["document"]] = data
        measures = _read_json(Path(tmp) / "ledger" / "measures.json")
    pairs = [(gold_docs[d], ledgers.get(d, {"document": d, "text": "", "figures": [], "attributions": []})) for d in gold_docs]
    result = {
        "figures": score_figures(pairs),
        "attributions": score_attributions(pairs),
    }
    cross = gold_dir / "cross_document.json"
    if cross.is_file():
        result["measures"] = score_measures(gold_docs, _read_json(cross), ledgers, measures)
    speakers = gold_dir / "cross_speakers.json"
    if speakers.is_file():
        result["speakers"] = score_speakers(_read_json(speakers), gold_docs, ledgers)
    return result


def format_gold(result: dict) -> str:
    parts = [format_figures(result["figures"]), format_attributions(result["attributions"])]
    if "measures" in result:
        parts.append(format_measures({**result["measures"], "speakers": result.get("speakers")}))
    return "\n\n".join(parts)
