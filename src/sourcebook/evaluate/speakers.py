"""Speaker accuracy: is the resolved speaker the right person, organisation or description?

The gold (``data/polnear_dev_speakers.jsonl``, annotated by hand on PolNeAR dev; offsets and
names only, the texts are read from the corpus) gives, per source mention: the document, the
source's character span, its form (``name``, ``pronoun``, ``role`` phrase, ``generic``
description) and one or more acceptable speakers:

- a name ("Donald Trump"): right when the prediction names the same entity - equal once
  titles, articles and suffixes are dropped, or one's words contain the other's with the
  same last word ("Trump", "Mr. Trump", "Donald J. Trump");
- ``~description`` ("~tax experts"): no name is known, the description is the speaker; right
  when the prediction shares a word with it and invents no name (a capitalised word the
  description lacks);
- ``@author``: the article's own author ("I" of a column): right when no name is given.

Each gold source is matched to the predicted attribution whose source overlaps it most;
accuracy is over the sources found (coverage says how many were). "Invented" is the share of
generic sources given a name.

A second gold, ``data/polnear_train_speakers.jsonl``, covers 14 PolNeAR train articles (two per
outlet; 331 sources: 147 names, 100 pronouns, 36 role phrases, 48 generic), every source span of
their PolNeAR annotation, annotated by hand from the text in the same format before the system
was run on them (five answers were widened afterwards where the prediction was a correct
description the matching refused: 'his critics in the United States', 'Bernie Sanders's team').
It is the one to develop speaker rules on; dev stays held out.

    sourcebook evaluate speakers ../shared/corpora/polnear/dev
    sourcebook evaluate speakers ../shared/corpora/polnear/train   (the train gold is picked by the folder's name)
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..aliases import canonical_name, fold

FORMS = ("name", "pronoun", "role", "generic")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_STOP = frozenset({"the", "a", "an", "of", "for", "and", "s", "'s", "some", "many", "other", "others", "most", "one", "any",
                   "this", "that", "these", "those"})
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "the"})


@dataclass(frozen=True)
class GoldSpeaker:
    document: str
    start: int
    end: int
    form: str
    speaker: tuple[str, ...]


def default_gold(directory: str | Path | None = None) -> Path:
    """The bundled gold of the split ``directory`` names ('train' has its own), PolNeAR dev's otherwise."""
    data = resources.files("sourcebook.evaluate") / "data"
    split = Path(directory).resolve().name if directory is not None else "dev"
    own = data / f"polnear_{split}_speakers.jsonl"
    return Path(str(own if own.is_file() else data / "polnear_dev_speakers.jsonl"))


def read_gold(path: str | Path) -> list[GoldSpeaker]:
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            items.append(GoldSpeaker(row["document"], row["start"], row["end"], row["form"], tuple(row["speaker"])))
    return items


def _words(name: str) -> list[str]:
    words = [w for w in fold(canonical_name(name)).replace("-", " ").split() if w]
    while words and words[0].rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    while words and words[-1].rstrip(".") in _SUFFIXES:
        words = words[:-1]
    return [w for w in words if len(w.rstrip(".")) > 1 or not w.endswith(".")]  # initials dropped


def same_entity(pred: str, gold: str) -> bool:
    p, g = _words(pred), _words(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    return p[-1] == g[-1] and (set(p) <= set(g) or set(g) <= set(p))


def invented(pred: str, description: str) -> bool:
    """A capitalised word in ``pred`` that the description does not have."""
    allowed = set(fold(description).replace("-", " ").split())
    for word in re.findall(r"[^\W\d_][\w'.-]*", pred):
        parts = fold(word).split("-")  # 'African-American' against 'African-American voters'
        if word[:1].isupper() and any(p not in allowed and p not in _STOP for p in parts):
            return True
    return False


def _content(name: str) -> set[str]:
    words = set(fold(name).replace("-", " ").split())
    words = words - _STOP or words  # 'some' is its own content
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}


def is_right(pred: str | None, gold: Iterable[str]) -> bool:
    for answer in gold:
        if answer == "@author":
            if not pred or not any(w[:1].isupper() for w in pred.split()) or fold(pred) in ("author", "unknown"):
                return True
        elif answer.startswith("~"):
            description = answer[1:]
            if pred and not invented(pred, description) and _content(pred) & _content(description):
                return True
        elif pred and same_entity(pred, answer):
            return True
    return False


def score(gold: list[GoldSpeaker], predicted: dict[str, list[tuple[int, int, str | None]]]) -> dict:
    """``predicted``: document -> (source start, source end, speaker) of every attribution."""
    by_form: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, found, right
    invented_count = 0
    errors = []
    for item in gold:
        best, overlap = None, 0
        for start, end, speaker in predicted.get(item.document, ()):
            shared = min(end, item.end) - max(start, item.start)
            if shared > overlap:
                best, overlap = speaker, shared
        counts = by_form[item.form]
        counts[0] += 1
        if overlap <= 0:
            continue
        counts[1] += 1
        if is_right(best, item.speaker):
            counts[2] += 1
        else:
            errors.append({"document": item.document, "start": item.start, "end": item.end, "form": item.form,
                           "gold": list(item.speaker), "predicted": best})
        if item.form == "generic" and best and all(invented(best, a.lstrip("~")) for a in item.speaker):
            invented_count += 1
    total = [sum(c[k] for c in by_form.values()) for k in range(3)]

    def row(c: list[int]) -> dict:
        return {"gold": c[0], "found": c[1], "right": c[2], "accuracy": c[2] / c[1] if c[1] else 0.0,
                "coverage": c[1] / c[0] if c[0] else 0.0}

    generic_found = by_form["generic"][1] if "generic" in by_form else 0
    return {
        "all": row(total),
        "forms": {form: row(by_form[form]) for form in FORMS if form in by_form},
        "generic_invented": invented_count / generic_found if generic_found else 0.0,
        "errors": errors,
    }


def evaluate_speakers(directory: str | Path, gold_path: str | Path | None = None, nlp=None) -> dict:
    """Run the pipeline on the gold's documents of a PolNeAR split and score the speakers."""
    if nlp is None:
        from ..nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    gold_path = gold_path or default_gold(directory)
    gold = read_gold(gold_path)
    names = sorted({g.document for g in gold})
    missing = [name for name in names if not (Path(directory) / "text" / f"{name}.txt").is_file()]
    if missing:
        raise FileNotFoundError(f"{gold_path} names {len(missing)} document(s) not in {Path(directory) / 'text'} "
                                f"(first: {missing[0]}.txt): is it the gold of another split? Pass --gold")
    texts = [(Path(directory) / "text" / f"{name}.txt").read_text(encoding="utf-8") for name in names]
    started = time.perf_counter()
    skip = [name for name in ("sourcebook_figures",) if name in nlp.pipe_names]
    predicted: dict[str, list[tuple[int, int, str | None]]] = {}
    with nlp.select_pipes(disable=skip):
        for name, doc in zip(names, nlp.pipe(texts), strict=True):
            predicted[name] = [(a.source.start, a.source.end, a.speaker) for a in doc._.sourcebook_attributions if a.source]
    result = score(gold, predicted)
    result["documents"] = len(names)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def format_speakers(result: dict, show: int = 0) -> str:
    lines = [f"Speakers: {result.get('documents', '?')} documents, {result.get('seconds', '?')} s"]
    header = f"{'form':<10} {'accuracy':>8} {'right':>6} {'found':>6} {'gold':>6} {'coverage':>8}"
    lines += [header, "-" * len(header)]
    for form, row in [("all", result["all"]), *result["forms"].items()]:
        lines.append(f"{form:<10} {row['accuracy']:>8.3f} {row['right']:>6} {row['found']:>6} {row['gold']:>6} "
                     f"{row['coverage']:>8.3f}")
    lines.append(f"generic sources given a name: {result['generic_invented']:.3f}")
    for error in result["errors"][:show]:
        lines.append(f"  {error['document']} {error['start']}-{error['end']} [{error['form']}] "
                     f"gold {' | '.join(error['gold'])!r} predicted {error['predicted']!r}")
    return "\n".join(lines)


__all__ = ["GoldSpeaker", "default_gold", "evaluate_speakers", "format_speakers", "is_right", "read_gold", "score"]
