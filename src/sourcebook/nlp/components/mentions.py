"""The mentions component: sentence boundaries and named entities as plain records."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...model import Entity, Sentence
from ..attribution.tables import text_of
from ..extensions import register_extensions
from ..sentences import sentences as doc_sentences

VERSION = "sourcebook.mentions.v1"


class Mentions:
    """Stores the sentences and named entities of a Doc as records.

    >>> nlp.add_pipe("sourcebook_mentions")  # doctest: +SKIP
    """

    version = VERSION

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        sentences = self.find_sentences(doc)
        text = text_of(doc)  # (an entity's text is the Doc's between its offsets: ``Span.text`` joins its words)
        entities = tuple(
            Entity(ent.start_char, ent.end_char, text[ent.start_char : ent.end_char], ent.label_) for ent in doc.ents
        )
        doc._.sourcebook_sentences = sentences
        doc._.sourcebook_entities = entities
        return doc

    @staticmethod
    def find_sentences(doc: Doc) -> tuple[Sentence, ...]:
        if not len(doc):
            return ()
        if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            return (Sentence(0, len(doc.text)),)
        return tuple(Sentence(sent.start_char, sent.end_char) for sent in doc_sentences(doc))  # (found once per Doc)
