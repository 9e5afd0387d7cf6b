"""The figures component: every numeric claim of a Doc as a ``model.Figure``.

The work is done by ``nlp.figures.Extractor``; the component sets its records on the Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from ..figures import Extractor

VERSION = "sourcebook.figures.v1"


class Figures:
    """Sets ``doc._.sourcebook_figures`` (ids f1, f2, ... in text order). It reads
    ``doc._.sourcebook_attributions`` to know who a number is attributed to.

    >>> nlp.add_pipe("sourcebook_figures")  # doctest: +SKIP
    >>> nlp.add_pipe("sourcebook_figures", config={"scores": True})  # "beat them 3-1" as kind score  # doctest: +SKIP
    """

    version = VERSION

    def __init__(self, nlp: Language, name: str, lexicon: str | None = None, scores: bool = False) -> None:
        register_extensions()
        self.name = name
        self.extractor = Extractor(lexicon or None, scores=scores)

    def __call__(self, doc: Doc) -> Doc:
        doc._.sourcebook_figures = self.extractor(doc)
        return doc
