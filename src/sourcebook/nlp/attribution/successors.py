"""The office of a person named as another's successor or predecessor: that other's office.

'The governor of the Bank of Marland, Piet Vos, said X. His successor, Inge Baar, said Y. The new governor said Z':
Baar was given only the role 'successor', so 'the new governor' could be no one but Vos. A name set beside 'X's
successor' (or 'predecessor') holds the office X was given, as the article wrote it (``affiliations.roles_of``); which
of the two holders a later mention is, the roles decide as for any two holders of one office (the nearest, or the one
its words fit: ``roles``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .index import ArticleIndex

#: the nouns of one who holds another's office before or after them
_HANDOVER = frozenset(["successor", "predecessor"])
_OWNED = re.compile(r"(.+?)(?:'s|'|\u2019s|\u2019)\s+(?:successor|predecessor)")


def successor_roles(index: ArticleIndex, affiliation: str | None, words: set[str]) -> set[str]:
    """The roles of the person whose successor or predecessor the ``affiliation`` says its holder is ("Piet Vos'
    successor": Vos's 'governor' and his bank), none of their own handover nouns; none for anyone else."""
    if not affiliation or not _HANDOVER & words or (match := _OWNED.fullmatch(affiliation)) is None:
        return set()
    owner = index.people.find(match.group(1).split())
    return {w for w in owner.roles if w not in _HANDOVER} if owner is not None else set()


__all__ = ["successor_roles"]
