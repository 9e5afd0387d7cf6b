"""The role set beside a bare surname the NER did not tag a person's: 'Diane Fairweather and
George Okoro met on Sunday. Fairweather, a former police officer, said X. "...," the former
officer said' (Fairweather's). The surname alone is counted as a mention of the one person named
in full before (``index_mentions.bare_surnames``, or a body's tag set aside); the role apposed to it
is hers as much as one apposed to her full name, so a later 'the former officer' finds her. Before,
only an entity's appositions gave roles, and a lone surname the NER missed gave none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .affiliations import roles_of
from .token_at import token_at

if TYPE_CHECKING:
    from .index import ArticleIndex
    from .people import Person


def add_apposed_roles(index: ArticleIndex, person: Person, offset: int) -> None:
    """Give ``person`` the roles of a common noun set beside their surname at ``offset`` ('Hale,
    a retired judge,'); nothing when no noun is apposed there."""
    doc = index.doc
    token = token_at(doc, offset)  # (no Span made: ``token_at``)
    if token is None:
        return
    if not any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in token.children):
        return
    affiliation, roles = roles_of(index, Span(doc, token.i, token.i + 1, label="PERSON"))
    person.roles |= roles
    person.affiliation = person.affiliation or affiliation
