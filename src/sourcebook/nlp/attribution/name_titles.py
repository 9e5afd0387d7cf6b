"""How many of a name's first words are titles to leave out of it ('Dr Hana Ito' is Hana Ito).

Not a title's word that is all the name has left after an honorific: it is the surname ('Mr King'
is King, not no one; 'Judge', 'Major' and 'King' are surnames too; but 'Secretary General' alone
names no one). Nor an honorific that is also a first name ('Nana', 'Dona'; not a rank, 'Chief
Judge Hale') after another title, just before the surname: it is the given name ('Dr Nana Adjei'
is Nana Adjei, not Adjei). The honorific may be the word before the NER's name, left out of it. A
surname that opens a Malaysian title of two words is a title there ('Tan Sri Lim Boon Heng' is Lim Boon
Heng; 'Tan Wei Ling' keeps 'Tan'). The Burmese 'U', one letter, is a title only before a personal name and not
inside a body's name ('U Thant', 'minister U Kyaw Win'; not 'Team U Sports', 'U Sports')."""

from __future__ import annotations

from spacy.tokens import Token

from ...aliases import TITLES
from ..lexicon import word_set
from .people import gender_of_first_name

#: a title's first word that is a surname on its own, a title only before its second ('Tan Sri', 'Toh Puan')
_PAIRED = {"tan": frozenset(["sri", "seri"]), "toh": frozenset(["puan"])}


def title_word(token: Token) -> bool:
    """Whether ``token`` is a title's word before a name (see the module's docstring)."""
    lower = token.lower_.rstrip(".")
    if lower == "u":
        return _burmese_title(token)
    return lower in TITLES or lower in _PAIRED and token.i + 1 < len(token.doc) and token.nbor().lower_ in _PAIRED[lower]


def _burmese_title(token: Token) -> bool:
    """'U' before a name, the name's first word one proper noun, not the plural or an organisation's ('U Sports'),
    and nothing capitalised before it but a title ('Minister U Kyaw Win'; not 'Team U Sports')."""
    doc = token.doc
    if token.text != "U" or token.i + 1 >= len(doc):
        return False
    name, before = doc[token.i + 1], doc[token.i - 1] if token.i else None
    return (name.tag_ == "NNP" and name.text[:1].isupper() and not name.is_upper
            and name.lower_ not in word_set("attribution/organisation_words")
            and (before is None or not before.text[:1].isupper() or title_word(before)))


def leading_titles(tokens: list[Token]) -> int:
    """The number of title words that open the name ``tokens`` (see the module's docstring)."""
    if not tokens or not title_word(tokens[0]):
        return 0  # (most names: no title, and no import of ``affiliations`` at each call)
    from .affiliations import HONORIFICS

    before = tokens[0].nbor(-1) if tokens and tokens[0].i > 0 else None
    titled = before is not None and title_word(before)  # (the NER's name after 'Dr')
    honoured = before is not None and before.lower_.rstrip(".") in HONORIFICS
    k = 0
    while k < len(tokens) and title_word(tokens[k]):
        left = len(tokens) - k
        if left == 1 and honoured or left == 2 and titled and tokens[k].lower_ in HONORIFICS and gender_of_first_name(
                tokens[k].text):
            break
        titled, honoured = True, tokens[k].lower_.rstrip(".") in HONORIFICS
        k += 1
    return k
