"""A sub-group named by a compound keeps its whole name as the figure's unit: 'Two aid workers', '23 police officers',
'340 pregnant women'. Elsewhere the unit is the compound's last word ('workers', ``context.find_unit``), and the
measures (``reconcile.measures``) read a figure's sub-population from its unit as written: with 'workers' the aid
workers an airstrike killed are all the people it killed, a rival count (a false conflict), and 'officers' or
'nationals' is no class at all, so two reports of the same sub-group are never compared. The compounds are the
entries of more than one word that the measure table lists within a class (``measures.json``, ``within``: 'health
workers', 'junior doctors', 'foreign nationals'), so the unit keeps exactly the sub-groups the measures know."""

from __future__ import annotations

from functools import cache

from ..lexicon import extra_path, load_extra
from ..lexicon import table as lexicon_table

__all__ = ["group_unit"]


@cache
def _compounds(extra: str | None) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Last word -> the words before it of each listed sub-group compound, longest first."""
    tables = [lexicon_table("measures"), *([load_extra("measures", extra)] if extra else [])]
    found: dict[str, set[tuple[str, ...]]] = {}
    for data in tables:
        for entry in data.get("units", {}).values():
            for words in entry.get("within", {}).values():
                for word in words:
                    *before, last = word.lower().split()
                    if before:
                        found.setdefault(last, set()).add(tuple(before))
    return {last: tuple(sorted(mods, key=len, reverse=True)) for last, mods in found.items()}


def group_unit(before: list[str], noun: str) -> str | None:
    """The listed sub-group the words ``before`` the counted ``noun`` (lower case, plural) end in, as the unit
    ('aid', 'workers' -> 'aid workers'), else None."""
    for modifiers in _compounds(extra_path("measures")).get(noun, ()):
        if tuple(before[len(before) - len(modifiers):]) == modifiers:
            return " ".join([*modifiers, noun])
    return None
