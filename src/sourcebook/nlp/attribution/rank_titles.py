"""A title the NER read as an organisation before a person's name ('Rear Admiral Jens Ulf', 'Air Marshal Kofi
Adjei' tagged ORG): its words are the person's role, not a body they belong to, so that 'the admiral' later on is
Jens Ulf and not a body called 'Rear Admiral' (``affiliations.role_words``). Only a run of capitalised words that
ends in a title's word right before the name ('General Motors chief Ann Ruiz' keeps its body). So too a role's initials
the NER tagged a body of their own ('The CFO said': ``given_roles.acronym_role``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...aliases import TITLES
from .given_roles import acronym_role

if TYPE_CHECKING:
    from .index import ArticleIndex


def title_read_as_body(index: ArticleIndex, token: Token) -> bool:
    """Whether ``token``, tagged an organisation's, is a word of a title ending right before a person's name, or a
    role's initials (``given_roles.acronym_role``)."""
    if acronym_role(token, index.lex.role_nouns):
        return True  # ('The CFO said': a role's initials the NER tagged a body of their own)
    doc = index.doc
    body = next((e for e in index.ents_in(token.i, token.i + 1) if e.label_ != "PERSON"), None)
    end = body.end if body is not None else token.i + 1
    while body is None and end < len(doc) and doc[end].is_title and not index.ents_in(end, end + 1):
        end += 1  # (the words the NER's name lost to the person's: 'Air Marshal' of 'Air Marshal Kofi Adjei')
    after = index.ents_in(end, end + 1) if end < len(doc) else []
    return doc[end - 1].lower_ in TITLES and any(e.label_ == "PERSON" and e.start == end for e in after)

