"""Whether a role phrase names another office than the title a person was given: 'Minister Ana
Lind said X. The prime minister said Y' - 'prime' makes the prime minister's office, which Ana
Lind, a minister of no stated kind, does not hold; so does 'deputy' ('the deputy mayor' after
'Mayor Tom Hale'). The other way round too: 'Deputy Mayor Ann Ruiz' is not 'the mayor', nor
'Vice President Ann Cole' 'the president' (the phrase lacks the prefix the person's title has).
Words that say no kind ('former', 'senior') are ``role_modifiers.txt``'s and those of kind
('transport') ``roles._other_role``'s; these are ``office_prefixes.txt``'s."""

from __future__ import annotations

from ..lexicon import word_set


def other_office(words: set[str], roles: set[str]) -> bool:
    """Whether the role phrase's ``words`` hold an office prefix the person's ``roles`` lack, or the
    ``roles`` one the ``words`` lack."""
    prefixes = word_set("office_prefixes")
    return bool((words & prefixes) - roles) or bool((roles & prefixes) - words)
