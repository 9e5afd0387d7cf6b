"""A vessel's name the NER took for a person's: 'the tanker Maria Holm', 'MV Anna Berg', 'The Sarah Jane, a
12-metre trawler,', 'The Jenny Lind sank'.

Ships are named after people and take 'she' and 'her' ('The Maria Holm lost her mast'), so a later 'She said'
was read as the ship's though no one speaks as a ship. A name right after a vessel's noun or prefix
(``vessel_nouns.txt``), with one set beside it, or of a first name and a surname right after 'the' (no one's name
opens with 'the'; not 'the late X', nor 'the Tom Hale campaign', where the name is a modifier) is the vessel's,
a PRODUCT as the NER labels ships. For ``relabel.relabelled``, and for ``subjects`` and ``untagged``, which
read names from the parse and the NER's label ('MV Jenny Lind reached port' read as a person's name the NER
missed): ``mended_away`` tells that the article's entities say otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .people import gender_of_first_name

if TYPE_CHECKING:
    from .index import ArticleIndex

_VESSELS = word_set("attribution/vessel_nouns")
_PAPERS = word_set("newspaper_words")


def vessel_name(index: ArticleIndex, ent: Span, root: Token) -> bool:
    """Whether the 'PERSON' ``ent`` (its head ``root``) names a vessel."""
    doc = index.doc
    start = ent.start + (ent[0].lower_ == "the")
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ in _VESSELS and before.text.isupper():
        return True  # 'MV Anna Berg', 'HMS Duncan' (not 'Ms Laura Finch')
    if before is not None and before.lemma_.lower() in _VESSELS and before.pos_ == "NOUN" and (
            root.head.i == before.i and root.dep_ == "appos" or before.head.i == root.i and before.dep_ == "compound"):
        return True  # 'the tanker Maria Holm', however the parser hung the noun
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _VESSELS for c in root.children):
        return True  # 'The Sarah Jane, a 12-metre trawler,'
    return bool(start - ent.start or before is not None and before.lower_ == "the" and before.head.i == root.i) and (
        start + 2 == ent.end and root.dep_ != "compound" and gender_of_first_name(doc[start].text) is not None
        and doc[start + 1].is_title and doc[start + 1].lower_ not in index.lex.organisation_words
        and doc[start + 1].lower_ not in _PAPERS)  # 'The Jenny Lind sank' (not 'The Kelby Ledger')


def mended_away(resolver: ArticleIndex, token: Token) -> bool:
    """Whether the NER's person at ``token`` is no person in the article's mended entities (a vessel)."""
    return token.ent_type_ == "PERSON" and any(e.label_ == "PRODUCT" for e in resolver.ents_in(token.i, token.i + 1))
