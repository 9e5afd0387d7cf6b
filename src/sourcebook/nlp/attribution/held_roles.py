"""A body's noun that the article gave a person as their trade ('Kate Marr, a forecaster at the Ridgeway Weather
Bureau, said X. The forecaster said Y' is Marr, not the bureau; so 'a broadcaster with X', 'a regulator at Y'):
``group_role_nouns.txt`` reads 'the forecaster' as a body ('the national forecaster'), but where a person's
description opens with that noun, the definite phrase takes them back (``roles.role``). Only the description's
head counts: 'an analyst at the regulator' makes no one 'the regulator', nor 'The council leader, Anita Sharma' 'the
council'."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

_DETERMINERS = frozenset(["a", "an", "the"])
#: what may follow the head of a description ('forecaster at X'; not 'council leader')
_AFTER_HEAD = frozenset(["at", "with", "for", "of", "in", "on", "from", "and"])


def held_by_person(resolver: SpeakerResolver, lemma: str) -> bool:
    """Whether a person of the article is described by ``lemma`` first ('forecaster at the Ridgeway Weather
    Bureau')."""
    for person in resolver.people.values():
        words = (person.affiliation or "").lower().split()
        while words and words[0] in _DETERMINERS:
            words = words[1:]
        if words and words[0] == lemma and (len(words) == 1 or words[1] in _AFTER_HEAD):
            return True
    return False
