"""The trade an honorific before a name tells ('Dr Ines Varga' is 'the doctor' later on).

Honorifics are no role for the affiliation column ('the survey's lead author, Dr Ines Varga':
'Dr' is not her job; ``affiliations``), but a writer who calls a person 'Dr Varga' may go on
to call them 'the doctor' ('Dr Ines Varga said X. The doctor added Y'; so 'Capt. Ana Ruiz' and
'the captain', a rank the affiliation column leaves out), so the person holds
the role noun the honorific abbreviates (``roles.role`` matches it as any role the article
gave). A title the name list already spells out ('Professor') is a role word as it is; a
sheikh is 'the sheikh' later, and a peer's title before a name ('Lord Pell', 'Baroness Vale')
makes 'the peer' ('Lord Pell said X. The Tory peer said Y').
"""

from __future__ import annotations

from spacy.tokens import Span

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
    return roles
