"""An aim is no report of a figure: 'The city aims to cut emissions by 55%', 'The carmaker plans to build 500,000
vans'. The attribution records keep such a verb as a cue of what its subject means to do, but the number is the
target set, not a count anyone gave: the figure is according to no one, or to who reports the aim ('The city aims to
cut emissions by 55%, the mayor said': the mayor). Verbs of aiming: ``figures/aim_verbs``."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from ...model import Attribution
from ..lexicon import word_set

__all__ = ["aimed"]


def aimed(doc: Doc, att: Attribution, directory: str | Path | None = None) -> bool:
    """Whether ``att``'s cue is a verb of aiming, so its contents are no report of the figures in them."""
    if att.cue is None:
        return False
    cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    aims = word_set("figures/aim_verbs", directory)
    return cue is not None and any(tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in aims for tok in cue)
