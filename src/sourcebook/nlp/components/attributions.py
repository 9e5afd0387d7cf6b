"""Placeholder: the attribution extractor (issue 3) replaces this module."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions

VERSION = "sourcebook.attributions.v0"


class Attributions:
    version = VERSION

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.sourcebook_attributions = ()
        return doc
