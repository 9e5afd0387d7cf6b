"""What a number set on a verb's object counts: "officials put the death toll at 40" counts
people killed, "police estimated the crowd at 8,000" people, "organisers put the number of
marchers at 100,000" marchers. The object names the tally; the number after "at" is its level.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_set
from .context import Context

__all__ = ["estimated_unit"]

#: "the size of the crowd", "the number of marchers": the noun after "of" is the tally
_WRAPPERS = frozenset(("number", "size", "total", "tally", "count", "figure", "scale"))


def estimated_unit(anchor: Token, predicate: Token | None, ctx: Context, people_tallies: frozenset[str],
                   directory: str | Path | None = None) -> str | None:
    """What a number after "at" counts when its verb of estimating (lexicon
    ``figures/estimate_verbs``) has an object; None otherwise."""
    if predicate is None or anchor.dep_ != "pobj" or anchor.head.lower_ != "at" or \
            predicate.lower_ not in word_set("figures/estimate_verbs", directory):
        return None
    obj = next((c for c in predicate.children if c.dep_ == "dobj"), None)
    if obj is None or anchor.head.head.i not in (predicate.i, obj.i):
        return None
    if obj.lemma_.lower() in _WRAPPERS:
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            return None
    if obj.lower_ in ctx.happening_words or obj.lemma_.lower() in ctx.happening_words:
        return "people"  # "the death toll", "the dead"
    if obj.lower_ in people_tallies:
        return "people"  # "the crowd", "attendance"
    return obj.lower_ if obj.tag_ == "NNS" else None
