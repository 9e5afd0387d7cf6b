"""Whether a name is a nation's public body, not a person's: 'NHS England', 'Sport Wales', 'Audit Scotland'.

A run of capitalised words the NER left untagged (or tagged a person) that ends in the name of a nation
(``nation_names.txt``) and opens with no given name, a word in capitals ('NHS') or a capitalised word no
first name is known for ('Audit', 'Sport'), names a body. Read as a person's ('NHS England warned X'),
the body drops out of the bodies an 'it' can stand for, so '..., it said' went to an outlet named
before ('told the Daily Courier'). Not 'Ann England' or 'Jack Ireland': a given name opens those.

Nor is such a name, tagged a body or not, the person the article named with its last word for surname
('Sport England said X. Jack England said Y': ``other_than_bearers``, read by ``people.People.find``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...aliases import TITLES, fold
from .bodies import NATIONS
from .lexicon import active_lexicon
from .people import gender_of_first_name, known_given_name

if TYPE_CHECKING:
    from .people import Person


def nation_body(words: Sequence[Token], role_nouns: frozenset[str]) -> bool:
    """Whether the two or three ``words`` of a name are a nation's body's ('NHS England')."""
    if not 2 <= len(words) <= 3 or words[-1].lower_ not in NATIONS:
        return False
    first = words[0]
    if first.lower_ in role_nouns or known_given_name(first.text) or gender_of_first_name(first.text) is not None:
        return False
    return first.is_upper and len(first) > 1 or first.is_title


def other_than_bearers(words: Sequence[str], bearers: Sequence[Person]) -> bool:
    """Whether a name of two or more ``words`` whose first is no given name, title or role ('Sport England',
    'Public Health England') names none of the ``bearers`` of its last word: none is known by the surname
    alone, nor named with the same last words ('Wasserman Schultz') or as part of it ('Party Chairman Ann Lee')."""
    first = words[0]
    if len(words) < 2 or not first[:1].isupper() or fold(first) in TITLES or first.lower() in active_lexicon().role_nouns:
        return False
    if known_given_name(first):
        return False
    written = fold(" ".join(words))
    return not any(not p.given or fold(p.name).endswith(written) or written.endswith(fold(p.name)) for p in bearers)
