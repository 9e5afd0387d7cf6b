"""What a count counts when no noun follows its number: a level's subject ("waiting lists rose to 7.6
million": people; "the index closed at 18,250": points; "sales of electric cars rose to 1.2 million":
cars, lexicon ``figures/level_subjects``), people left implicit ("hundreds wounded", "Thousands
marched") or the previous count's unit ("96 children died and 223 more"); and a part counted "of" a
whole, which takes the whole's unit ("nine of its last 11 matches").

Split from ``build.py``, whose ``Extractor._figure`` asks these after the noun after the number
(``context.find_unit``) gave none."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Figure
from .context import Context, pluralize
from .numbers import NumberExpr

__all__ = ["implicit_unit", "partitive_units", "reaches", "tallied"]


#: "nine of its last 11 matches", "six of the 40 candidates", "12 of the country's 18 provinces": the part
#: counts what the whole counts
_PART_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+(?:[\w-]+['’]s\s+)?)?"
                      r"(?:(?:last|first|next|past|remaining)\s+)?", re.IGNORECASE)


def partitive_units(text: str, figures: list[Figure]) -> list[Figure]:
    """A count right before "of" and a count of the same sentence takes that count's unit (the
    subject's noun or an earlier count's is a guess; the whole names what the part counts)."""
    out = list(figures)
    for i in range(len(out) - 1):
        part, whole = out[i], out[i + 1]
        if part.kind == "count" and whole.kind == "count" and whole.unit and \
                part.sentence == whole.sentence and _PART_OF.fullmatch(text, part.span.end, whole.span.start):
            out[i] = replace(part, unit=whole.unit)
    return out


#: verbs of a level reached or passed ("downloads passed 50 million"): the subject names what it counts
_LEVEL_VERBS = frozenset(("reach", "hit", "stand", "total", "top", "exceed", "pass", "surpass", "cross"))


#: "passed the bill 60 to 40", "passed 312-108": a vote's tally, no level passed
_TALLY = re.compile(r"\d[\d,]*\s*(?:to|-|–)\s*\d")


def reaches(predicate, text: str, expr: NumberExpr) -> bool:
    """Whether the figure is a level its verb reached or passed ("downloads passed 50 million"; not a vote's tally)."""
    if predicate is None or predicate.lemma_.lower() not in _LEVEL_VERBS:
        return False
    return predicate.lemma_.lower() != "pass" or not _TALLY.search(text, max(0, expr.start - 12), expr.end + 12)


def tallied(predicate, unit: str | None, tallies: dict[str, frozenset[str]], ctx: Context) -> str | None:
    """What a level's subject tallies (lexicon ``figures/level_subjects``): "waiting lists rose
    to 7.6 million" counts people, "the index closed at 18,250" points, "sales of electric
    cars rose to 1.2 million" cars; else the subject's own unit."""
    if predicate is None:
        return unit
    verb, subject = predicate, None
    for _ in range(3):  # "added 312 points to close at 35,870": the subject of the verb it completes
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    word = subject.lower_ if subject is not None else ""
    if word in tallies["people"]:
        return "people"
    if subject is not None and any(t.lower_ in tallies["points"] for t in subject.subtree):
        return "points"  # "the index", "the FTSE 100", "the Dow Jones Industrial Average"
    if subject is None or word not in tallies["of"]:
        return unit
    counted = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
    return pluralize(counted.text, True, ctx) if counted is not None else unit


def implicit_unit(anchor, predicate, previous: Figure | None, ctx: Context) -> str | None:
    """'people' when the article leaves what is counted implicit ("hundreds wounded"),
    or the unit of the previous count in the sentence ("96 children died and 223 more")."""
    if previous is not None and previous.kind == "count" and previous.unit:
        return previous.unit
    if predicate is not None and predicate.lemma_.lower() in ctx.people_verbs:
        return "people"
    if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.lemma_.lower() != "be":
        return "people"  # "Thousands marched"; not "12 million is a rounding error"
    return None
