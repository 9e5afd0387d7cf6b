"""A headline's role is the person of the lede who holds that office under another word.

'"We will not back down" - union chief' / 'Carla Vennet, the head of the Allied Metalworkers union, said ...': the
headline's 'union chief' is the union's head the body names first, though no source there has the noun 'chief'
(``headline_roles`` matches the same noun only). The office is matched as a later role phrase is matched to an
earlier one (``role_synonyms.same_office``: a synonym of the table whose other words say the person's body), so
'union chief' is no head of a firm, and 'finance chief' no chief executive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .descriptions import group_nouns
from .index import PERSON
from .role_synonyms import same_office

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .candidate import Candidate
    from .index import Resolved
    from .speakers import SpeakerResolver


def office_holder(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved], i: int, span: Span,
                  noun: str) -> Resolved | None:
    """The first person a lede record of candidate ``i``'s headline resolved to who holds the office the headline's
    role ``span`` (head ``noun``) names by another word for it; None when no one does."""
    from .headline_roles import lede_records

    if noun not in resolver.lex.role_nouns or noun in group_nouns():
        return None  # (a body's noun, 'Aid group', is no office: ``ledes.name_the_headline_body`` reads it)
    words = resolver._role_words(span)
    for j in lede_records(resolver, cands, i):
        if out[j].kind != PERSON or not out[j].name:
            continue
        person = resolver.people.find((out[j].name or "").split())
        if person is not None and same_office(words, noun, person):
            return out[j]
    return None
