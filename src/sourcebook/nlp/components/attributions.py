"""The attributions component: who said what, as ``model.Attribution`` records."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..attribution import Extractor
from ..attribution.lexicon import lexicon as cue_lexicon
from ..extensions import register_extensions

VERSION = "sourcebook.attributions.v1"


class Attributions:
    """Sets ``doc._.sourcebook_attributions`` (ids a1, a2, ... in text order).

    >>> nlp.add_pipe("sourcebook_attributions")  # doctest: +SKIP
    """

    version = VERSION

    def __init__(self, nlp: Language, name: str, lexicon: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.extractor = Extractor(lex=cue_lexicon(lexicon or None), nlp=nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.sourcebook_attributions = self.extractor(doc)
        return doc
