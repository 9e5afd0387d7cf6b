"""The people of a body the NER took for the body's name: 'Customers of Comfi Living say X' opening a
sentence is one ORG to the small model, so the firm was named 'Customers of Comfi Living' and 'The
company said' later took the customers back. The name is the body's after the 'of' or 'at' ('Comfi
Living'); the people stay a description of it (like 'Millions of' before a name, ``index.without_count``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .tables import words_of

if TYPE_CHECKING:
    from .index import ArticleIndex

#: the entity types the NER gives such a run ('Customers of Comfi Living' an ORG, 'Members of FlexPoint Gyms' a PRODUCT)
_NAMES = frozenset(["ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC"])
#: the words between the people and the body ('Members of FlexPoint Gyms', 'Shoppers at Pennyway')
_LINKS = frozenset(["of", "at"])
#: people of a firm the role lists do not hold ('Users of the Dishdrop app', 'Patients at Hillview')
_PATRONS = frozenset(["users", "customers", "shoppers", "patients", "diners", "guests", "subscribers", "clients", "buyers"])


def without_patrons(index: ArticleIndex, ent: Span) -> Span:
    """The body's name after the people a capitalised plural noun of people opens the entity with
    ('Customers of Comfi Living', 'Passengers of Skyway Air': 'Comfi Living', 'Skyway Air'); ``ent``
    as it is for any other ('Friends of the Earth': no people's role; 'Member for Mildura Ali Cupper')."""
    # (the link read from the words' lists: no Token made for an entity that has none)
    if len(ent) < 3 or ent.label_ not in _NAMES or words_of(index.doc).lower[ent.start + 1] not in _LINKS:
        return ent
    people = ent[0]
    if people.tag_ != "NNS" or not people.is_title or people.lower_ not in _PATRONS and people.lemma_.lower() not in (
            index.lex.role_nouns) and people.lower_ not in index.lex.role_nouns:
        return ent
    start = ent.start + 2 + (ent[2].lower_ == "the")
    return Span(index.doc, start, ent.end, label=ent.label_) if start < ent.end and index.doc[start].is_title else ent
