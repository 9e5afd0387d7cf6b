"""Whether a name is a nation's public body, not a person's: 'NHS England', 'Sport Wales', 'Audit Scotland'.

A run of capitalised words the NER left untagged (or tagged a person) that ends in the name of a nation
(``nation_names.txt``) and opens with no given name, a word in capitals ('NHS') or a capitalised word no
first name is known for ('Audit', 'Sport'), names a body. Read as a person's ('NHS England warned X'),
the body drops out of the bodies an 'it' can stand for, so '..., it said' went to an outlet named
before ('told the Daily Courier'). Not 'Ann England' or 'Jack Ireland': a given name opens those.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .bodies import NATIONS
from .people import gender_of_first_name, known_given_name


def nation_body(words: Sequence[Token], role_nouns: frozenset[str]) -> bool:
    """Whether the two or three ``words`` of a name are a nation's body's ('NHS England')."""
    if not 2 <= len(words) <= 3 or words[-1].lower_ not in NATIONS:
        return False
    first = words[0]
    if first.lower_ in role_nouns or known_given_name(first.text) or gender_of_first_name(first.text) is not None:
        return False
    return first.is_upper and len(first) > 1 or first.is_title
