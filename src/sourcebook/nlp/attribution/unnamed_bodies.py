"""A public body the article described by its kind and never named, for a bare 'the ministry'
after it ('A health ministry spokesman said X. The ministry said Y': the health ministry).

When no named body fits 'the ministry' ('the agency', 'the commission': the public body nouns),
the last lower-case mention of that noun with a word of its remit before it in the sentences
just before is the body meant, however it was used: as a spokesman's modifier, after 'at'
('officials at the finance ministry'), or as a subject. Its phrase is the speaker, not the bare
noun, so two such bodies of an article stay apart. Words that say no remit ('the new ministry',
'the same agency') and a remit in capitals (a name the NER missed) are not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .anaphora import ROLE_WINDOW  # (sentences back the description may be)
from .tables import text_of

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

_NO_REMIT = frozenset(["new", "old", "former", "same", "other", "own", "whole", "entire", "main", "top", "big", "whose"])


def described_before(resolver: SpeakerResolver, span: Span, lemma: str) -> str | None:
    """The phrase of the last body described by ``lemma`` with a remit before ``span`` ('health
    ministry'), when ``span`` is the bare noun with 'the' ('The ministry'); else None."""
    if lemma not in resolver.lex.public_bodies or len(span) != 2 or span[0].lower_ != "the":
        return None
    doc, text = span.doc, text_of(span.doc)
    start = resolver.sent_starts[max(0, resolver.sentence_of(span.start_char) - ROLE_WINDOW)]
    for token in reversed(doc[: span.start]):
        if token.idx < start:
            return None
        if token.lower_ != span[1].lower_ or not token.is_lower or token.ent_type_ or resolver.in_quote(token.idx):
            continue
        remit = [t for t in token.lefts if t.dep_ in ("amod", "compound") and t.is_lower and t.is_alpha]
        if remit and not any(t.lower_ in _NO_REMIT for t in remit):
            return text[remit[0].idx : token.idx + len(token.text)]
    return None
