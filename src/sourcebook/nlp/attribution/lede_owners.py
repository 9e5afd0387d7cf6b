"""Two more descriptions a lede gives a person the next sentences name (``ledes.name_the_lede``): a role of a
body the sentence named by its noun, 'the' before it ('X will cut 300 jobs, the company's chief executive said /
Gerald Pike said'), read as its 'its director'; and a bare definite role opening the line after the headline, the
standfirst, which has nobody before it to stand for ('The chief executive said the firm would close X')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def owned_or_standfirst(resolver: SpeakerResolver, span: Span, head: Token) -> bool:
    """Whether the role ``head`` of ``span`` is a body's own, the body named by 'the' and its noun ("the company's
    chief executive", not "a company's"), or the bare 'The chief executive' opening the standfirst."""
    owner = next((t for t in head.children if t.dep_ == "poss" and t.i < head.i), None)
    if owner is not None:
        return owner.pos_ == "NOUN" and owner.tag_ == "NN" and any(
            c.lower_ == "the" and c.dep_ == "det" for c in owner.children)
    if resolver.headline_end <= 0 or not any(t.lower_ == "the" and t.head.i == head.i for t in span):
        return False
    # (the standfirst: the paragraph right after the headline's line opens with it)
    return resolver.text[resolver.headline_end : span.start_char].strip() == ""


__all__ = ["owned_or_standfirst"]
