"""Turn a processed Doc into plain records."""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Extraction


def collect(doc: Doc) -> Extraction:
    """The records the Sourcebook components stored on ``doc``."""
    return Extraction(
        sentences=tuple(doc._.sourcebook_sentences),
        entities=tuple(doc._.sourcebook_entities),
        attributions=tuple(doc._.sourcebook_attributions),
        figures=tuple(doc._.sourcebook_figures),
    )
