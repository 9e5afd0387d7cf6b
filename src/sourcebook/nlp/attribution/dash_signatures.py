"""A quotation signed after a dash by someone ``direct._DASH_NAME`` does not read as a name: a role in lower
case before the name ('"X" - harbour master Colm Ruddock', '— box office manager Leontyne Farrah') or a person
described and not named, as pull quotes and vox pops sign them ('"Never again." — a survivor of the mill fire,
81', '"We need the bus back" - a pensioner in Corby Vale'). The source is the name with its role, or the
description up to its first comma (PolNeAR marks '- Michelle Marks, Philadelphia' as 'Michelle Marks').

Only at the end of the quotation's line, and only when the role's last word or the description's noun is a
word for a person (``role_nouns``, ``passerby_nouns``, ``trade_nouns``, ``kin_nouns``): '"X" - and then Tom left' and
'"X" - a phrase he used twice' sign nothing."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import word_set
from ..quotes import Quote
from .candidate import trim

_WORD = r"[\w'\u2019-]+"
_NAME = r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,4}"
# items after a comma (an age, a place, 'asked about the cuts') and the line's end
_TAIL = r"(?:,[ \t]*[^\n,;:!?\"\u201c\u201d()]{1,60}?){0,3}[ \t.]*(?=\n|$)"
_SIGNED = re.compile(r"[ \t]*[-\u2013\u2014]+[ \t]*(?:"
                     rf"(?P<role>(?:[a-z]{_WORD}[ \t]+){{1,3}})(?P<name>{_NAME})"
                     rf"|(?P<one>(?:a|an|one|another)[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,7}}?)"
                     rf"){_TAIL}")
_PERSON_LISTS = ("attribution/role_nouns", "attribution/passerby_nouns", "attribution/trade_nouns", "kin_nouns")


@cache
def _person_nouns() -> frozenset[str]:
    return frozenset().union(*(word_set(name) for name in _PERSON_LISTS))


def _person(word: str) -> bool:
    word = word.lower()
    return word in _person_nouns() or word.endswith("s") and word[:-1] in _person_nouns()


def dash_signer(text: str, q: Quote) -> tuple[tuple[int, int], tuple[int, int], float] | None:
    """The dash, the signer's span and a confidence for ``q`` when such a signature follows it, else None."""
    m = _SIGNED.match(text, q.close)
    if m is None:
        return None
    if m.group("role") is not None:
        role = m.group("role").split()
        # (a compound written open is the one written closed: 'harbour master' for 'harbourmaster')
        if not _person(role[-1]) and not (len(role) > 1 and _person(role[-2] + role[-1])):
            return None
        start, end = m.start("role"), m.end("name")
    else:
        words = m.group("one").split()
        # (a description signs only a quotation that is its line, and names a person first: 'a survivor of the
        # fire', 'a retired teacher'; not '"a disgrace" - a view many residents share')
        if text[text.rfind("\n", 0, q.open) + 1 : q.open].strip() or not any(_person(w) for w in words[1:3]):
            return None
        start, end = m.start("one"), m.end("one")
    dash = text.index(next(ch for ch in text[q.close : start] if ch in "-\u2013\u2014"), q.close)
    return (dash, dash + 1), trim(text, start, end), 0.6
