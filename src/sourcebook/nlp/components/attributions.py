"""The attributions component: who said what, as ``model.Attribution`` records."""

from __future__ import annotations

import threading

from spacy.language import Language
from spacy.tokens import Doc

from ..attribution import Extractor
from ..attribution.lexicon import lexicon as cue_lexicon
from ..attribution.people import _detector as gender_names
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
        # gender-guesser's name list takes about half a second to read, at the first person
        # named; read now, in a thread, it overlaps spaCy's parse of the first batch (which
        # leaves the interpreter free much of the time) instead of adding to it
        self._warming: threading.Thread | None = threading.Thread(
            target=gender_names, name="sourcebook-gender-names", daemon=True)
        self._warming.start()

    def __call__(self, doc: Doc) -> Doc:
        if self._warming is not None:
            self._warming.join()  # the list is read once: not again by the first doc
            self._warming = None
        doc._.sourcebook_attributions = self.extractor(doc)
        return doc
