"""The trade an honorific before a name tells ('Dr Ines Varga' is 'the doctor' later on).

Honorifics are no role for the affiliation column ('the survey's lead author, Dr Ines Varga':
'Dr' is not her job; ``affiliations``), but a writer who calls a person 'Dr Varga' may go on
to call them 'the doctor' ('Dr Ines Varga said X. The doctor added Y'; so 'Capt. Ana Ruiz' and
'the captain', a rank the affiliation column leaves out), so the person holds
the role noun the honorific abbreviates (``roles.role`` matches it as any role the article
gave). A title the name list already spells out ('Professor') is a role word as it is; a
sheikh is 'the sheikh' later, and a peer's title before a name ('Lord Pell', 'Baroness Vale')
makes 'the peer' ('Lord Pell said X. The Tory peer said Y'). A clergy title makes the nouns a writer
names its bearer by later (``clergy_titles.json``: 'The Rev Ama Quist said X. The vicar said Y', 'Fr Tom Reyes
... the priest', 'Sister Agnes Mwangi ... the nun', 'Sheikh Omar Rahal ... the cleric'), read from the titles
stacked before the name too ('the Rev Dr Nia Hollis', 'the Very Rev Helen Crane').
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from ...aliases import TITLES
from ..lexicon import entries, table, word_set
from .apposed_offices import STACKING, office_roles
from .tables import words_of

#: honorifics (folded, without a full stop) and the role noun each stands for, with the ranks
#: whose abbreviation is no role for the affiliation column ('Capt. Ana Ruiz' is 'the captain')
_HONORIFIC_NOUNS = {"dr": "doctor", "doctor": "doctor", "prof": "professor", "capt": "captain", "cpl": "corporal",
                    "maj": "major", "adm": "admiral", "cmdr": "commander", "cdr": "commander", "brig": "brigadier",
                    "sheikh": "sheikh", "sheik": "sheikh"}
#: titles before a name that make a member of the upper house 'the peer' ('Lady' is a judge's
#: too; 'Earl', 'Duke' and 'Baron' are given names)
_PEERS = frozenset(["lord", "baroness", "viscount", "viscountess", "marquess", "marchioness"])


def honorific_roles(ent: Span) -> set[str]:
    """The role nouns of the honorifics written right before a person's name or as its first
    words ('Dr. Ines Varga', 'Prof Tom Ekwueme')."""
    # (the word before it and its first two but the last, read from the words' lists: no Token made)
    table = words_of(ent.doc)
    places = [*([ent.start - 1] if ent.start > 0 else []), *range(ent.start, min(ent.start + 2, ent.end - 1))]
    words = [table.lower[k].rstrip(".") for k in places if table.text[k][:1].isupper()]
    roles = {_HONORIFIC_NOUNS[word] for word in words if word in _HONORIFIC_NOUNS}
    if any(word in _PEERS for word in words):
        roles.add("peer")  # ('Lord Pell ... the Tory peer')
    for word in [*words, *_stacked(ent)]:
        roles.update(_clergy().get(word, ()))
    return roles | office_roles(ent, _role_nouns())


def _stacked(ent: Span) -> list[str]:
    """The capitalised titles (folded, without a full stop) stacked before the one right before a name, up to
    three ('The Rev Dr Nia Hollis': 'rev')."""
    words = words_of(ent.doc)
    out = []
    for k in range(ent.start - 2, max(ent.start - 5, -1), -1):
        word = words.lower[k].rstrip(".")
        if not words.text[k][:1].isupper() or word not in TITLES and word not in STACKING:
            break
        out.append(word)
    return out


@cache
def _role_nouns() -> frozenset[str]:
    return word_set("attribution/role_nouns")


@cache
def _clergy() -> dict[str, list[str]]:
    return entries(table("attribution/clergy_titles"))
