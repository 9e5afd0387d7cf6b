"""An aim is no report of a figure: 'The city aims to cut emissions by 55%', 'The carmaker plans to build 500,000
vans'. The attribution records keep such a verb as a cue of what its subject means to do, but the number is the
target set, not a count anyone gave: the figure is according to no one, or to who reports the aim ('The city aims to
cut emissions by 55%, the mayor said': the mayor). Verbs of aiming: ``figures/aim_verbs``. A commitment with its
infinitive is an aim too ('agreed to pay $90m', 'agreed to buy X for $8bn'; ``figures/commitment_verbs``), but not with
a clause, which can report a count ('agreed that prices had risen 5%'); a pledge stays a report ('The city pledged to
cut emissions by 40%': the city)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from ...model import Attribution
from ..attribution.tables import words_of
from ..lexicon import word_set

__all__ = ["aimed"]


def aimed(doc: Doc, att: Attribution, directory: str | Path | None = None) -> bool:
    """Whether ``att``'s cue is a verb of aiming, or of committing with its infinitive, so its contents are no
    report of the figures in them."""
    if att.cue is None:
        return False
    cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    aims = word_set("figures/aim_verbs", directory)
    commitments = word_set("figures/commitment_verbs", directory)
    words = words_of(doc)  # (the cue's words read from the columns: a Token only for a verb of committing)
    return any(words.pos[i] in ("VERB", "AUX") and (
        (lemma := words.lemma[i].lower()) in aims or lemma in commitments and (
            any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in doc[i].children)
            and not any(c.dep_ == "ccomp" for c in doc[i].children))) for i in range(cue.start, cue.end))
