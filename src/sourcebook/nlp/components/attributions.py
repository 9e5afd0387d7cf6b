"""The attributions component: who said what, as ``model.Attribution`` records."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from ..attribution import Extractor
from ..attribution.lexicon import lexicon as cue_lexicon
from ..attribution.people import _detector as gender_names
from ..extensions import register_extensions

log = logging.getLogger(__name__)

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

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``__call__`` on each Doc, the headlines of each batch parsed together first (``Extractor.prepare``)."""
        for docs in minibatch(stream, size=batch_size):
            try:
                self.extractor.prepare(docs)
            except Exception:  # noqa: BLE001 - a headline is then parsed alone, as ``__call__`` does without this
                log.warning("the headlines of a batch could not be parsed together", exc_info=True)
            yield from map(self, docs)
