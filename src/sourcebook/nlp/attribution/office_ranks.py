"""Whether a role phrase names another office than the title a person was given: 'Minister Ana
Lind said X. The prime minister said Y' - 'prime' makes the prime minister's office, which Ana
Lind, a minister of no stated kind, does not hold; so does 'deputy' ('the deputy mayor' after
'Mayor Tom Hale'). The other way round too: 'Deputy Mayor Ann Ruiz' is not 'the mayor', nor
'Vice President Ann Cole' 'the president' (the phrase lacks the prefix the person's title has), but for a rank
whose lower grade the prefix names ('Vice Admiral Nora Pike' is 'the admiral', ``graded_ranks.txt``).
Words that say no kind ('former', 'senior') are ``role_modifiers.txt``'s and those of kind
('transport') ``roles._other_role``'s; these are ``office_prefixes.txt``'s."""

from __future__ import annotations

from ..lexicon import word_set


def other_office(words: set[str], roles: set[str], nouns: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether the role phrase's ``words`` hold an office prefix the person's ``roles`` lack, or the
    ``roles`` one the ``words`` lack that does not name a grade of the phrase's rank noun (``nouns``)."""
    prefixes, grades = word_set("office_prefixes"), word_set("graded_ranks")
    graded = {p for p in roles & prefixes if any(f"{p} {noun}" in grades for noun in nouns)}
    return bool((words & prefixes) - roles) or bool((roles & prefixes) - words - graded)
