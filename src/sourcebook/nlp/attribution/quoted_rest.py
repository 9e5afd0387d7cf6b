"""The rest of a quotation the parser hung on a source after its cue: in 'The decision was, said
one aide, "a complete surprise."' the parser reads the quotation as an apposition (or a clause)
of 'one aide', so the source would run over it and the content stop at 'was'. A quotation set off by a comma
after such a source that ends the sentence is the content's; the source ends before it (a
quotation that goes on, as a title does: 'Ann Roe, the author of "Hard Times," said', stays)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..sentences import sentence_of


def quotation_after_source(doc: Doc, cue: int, source: int) -> int | None:
    """The character where a source after its cue ends when the parser hung on it a quotation,
    set off by a comma, that closes the sentence; else None."""
    if source <= cue:
        return None
    head = doc[source]
    last = head.right_edge.i
    rest = doc[last + 1 : sentence_of(head).end]  # (the Doc's sentences, found once: ``Token.sent`` walks the Doc)
    if not rest or not all(t.is_punct or t.is_space for t in rest) or not any(t.is_quote for t in rest):
        return None  # (the quotation goes on past the source: a title, 'the author of "Hard Times," said')
    for mark in doc[head.i + 1 : last + 1]:
        # (an opening mark: an even number of its kind before it in the source, none after it)
        if (mark.is_quote and doc[mark.i - 1].text == "," and not any(t.is_quote for t in doc[mark.i + 1 : last + 1])
                and sum(1 for t in doc[head.i + 1 : mark.i] if t.text == mark.text) % 2 == 0):
            return doc[mark.i - 1].idx
    return None
