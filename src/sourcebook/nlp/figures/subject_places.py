"""A town as the subject of a verb of receiving, recording or having is the figure's place: 'Ashworth
received 120mm of rain', 'Brackton had 312mm of rain overnight', 'Kelden recorded 40C'. The place
entities ``context.find_place`` reads only stand after a preposition or are named as places; a subject
is none. A one-word proper name that is the subject of a verb of ``figures/place_subject_verbs`` whose
object holds the figure is its place when the recogniser tags it a place (GPE, LOC), or, since it tags
an unknown town as a firm, a person or nothing, when the figure is a reading of the weather
(``figures/weather_units``) or a count only a place records, an outbreak's cases (``figures/place_count_units``:
'Delvora has confirmed 14,500 cases'): a firm or a person records a loss or has points, not rain
('Acme recorded a loss of £4m', 'Smith had 12 points')."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["subject_place"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: what the recogniser takes an unknown town's name for: nothing, a firm, a person
_UNKNOWN_LABELS = frozenset({"", "ORG", "PERSON"})


def subject_place(predicate: Token | None, anchor: Token, unit: str | None,
                  directory: str | Path | None = None) -> str | None:
    """The name of the town that is ``predicate``'s subject and so the place of the figure at ``anchor`` in its
    object, else None."""
    if predicate is None or predicate.lemma_.lower() not in word_set("figures/place_subject_verbs", directory):
        return None
    objects = [c for c in predicate.children if c.dep_ == "dobj"]
    if not any(o.left_edge.i <= anchor.i <= o.right_edge.i for o in objects):
        return None
    subject = next((c for c in predicate.children if c.dep_ == "nsubj" and c.i < predicate.i), None)
    if subject is None or not _lone_name(subject):
        return None
    if subject.ent_type_ in _PLACE_LABELS:
        return subject.text
    weather = unit is not None and unit.lower() in word_set("figures/weather_units", directory) | \
        word_set("figures/place_count_units", directory)
    return subject.text if weather and subject.ent_type_ in _UNKNOWN_LABELS else None


def _lone_name(tok: Token) -> bool:
    """A one-word capitalised proper name with nothing hung on it ('Ashworth', not 'Acme Foods', 'ACME')."""
    return (tok.tag_ == "NNP" and tok.text[:1].isupper() and not tok.is_upper and not any(tok.children)
            and (tok.ent_iob_ != "I" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")))
