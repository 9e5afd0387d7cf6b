"""Whether a role phrase names another office than the title a person was given: 'Minister Ana
Lind said X. The prime minister said Y' - 'prime' makes the prime minister's office, which Ana
Lind, a minister of no stated kind, does not hold; so does 'deputy' ('the deputy mayor' after
'Mayor Tom Hale'). Words that say no kind ('former', 'senior') are ``role_modifiers.txt``'s and
those of kind ('transport') ``roles._other_role``'s; these are ``office_prefixes.txt``'s."""

from __future__ import annotations

from ..lexicon import word_set


def other_office(words: set[str], roles: set[str]) -> bool:
    """Whether the role phrase's ``words`` hold an office prefix the person's ``roles`` lack."""
    return bool((words & word_set("office_prefixes")) - roles)
