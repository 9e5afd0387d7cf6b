"""A name the NER took for a body or a person that stands alone between quotation marks is a work's title, a
film's, a song's, an album's or a game's ('"Hollow Pines" took $31 million', 'the single "Glass Harbour," the
band's first'): no one who speaks, and no body 'the studio' or 'the company' may stand for (``relabel`` reads
this)."""

from __future__ import annotations

from spacy.tokens import Span

#: the marks that open or close a title: double quotation marks, and the two apostrophes of NYT copy
_MARKS = frozenset(['"', "\u201c", "\u201d", "''", "``"])


def quoted_title(ent: Span) -> bool:
    """Whether ``ent``, an organisation or a person, is all a quotation holds: a mark right before it and one
    right after it or after a comma or stop the quotation keeps ('"Paper Lanterns", entered', '"Tidewater,"')."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "PERSON") or ent.start == 0 or doc[ent.start - 1].text not in _MARKS:
        return False
    after = ent.end + int(ent.end < len(doc) and doc[ent.end].text in (",", "."))
    if after >= len(doc) or doc[after].text not in _MARKS:
        return False
    # (not a nickname inside a name: 'Declan "Dizzy" Oakes', 'The actor "Sonny" Vale')
    around = [doc[k] for k in (ent.start - 2, after + 1) if 0 <= k < len(doc)]
    return not any(t.is_title and t.is_alpha and not t.is_sent_start for t in around)
