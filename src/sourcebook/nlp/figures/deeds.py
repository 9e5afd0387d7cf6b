"""A verb that reports only with a clause or a quotation does a deed with a direct object: 'The new interconnector
will add 1.2 gigawatts', 'The gang demanded a ransom of $4m', 'Regulators have issued fines totalling €2.9bn'. The
attribution records may keep such a verb as a cue with its object for the content, but the figure in the object is
what was added, demanded or issued, no count the subject reports: the figure is according to no one (or to who
reports the deed). Not when the object is a report's noun ('issued figures showing 4,200 evictions'). Verbs:
``figures/deed_verbs``."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from ...model import Attribution
from ..lexicon import word_set

__all__ = ["deed_content", "deed_object"]


def deed_object(verb: Token, held: Token, cue_nouns: frozenset[str], directory: str | Path | None = None) -> bool:
    """Whether ``held``, the child of ``verb`` the figure hangs under, is the object of a deed, no report."""
    if held.dep_ != "dobj" or held.head.i != verb.i or verb.lemma_.lower() not in word_set("figures/deed_verbs",
                                                                                          directory):
        return False
    return held.lower_ not in cue_nouns and held.lemma_.lower() not in cue_nouns


def deed_content(doc: Doc, att: Attribution, cue_nouns: frozenset[str], directory: str | Path | None = None) -> bool:
    """Whether every content of ``att`` is the direct object of its cue, a verb of a deed: no report of a figure."""
    if att.cue is None or not att.contents:
        return False
    cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    verbs = [tok for tok in cue or () if tok.pos_ == "VERB"]
    if not verbs or verbs[-1].lemma_.lower() not in word_set("figures/deed_verbs", directory):
        return False  # (no deed's verb: ``deed_object`` holds for no content, so none is read)
    for content in att.contents:
        span = doc.char_span(content.start, content.end, alignment_mode="expand")
        if span is None or not deed_object(verbs[-1], span.root, cue_nouns, directory):
            return False
    return True
