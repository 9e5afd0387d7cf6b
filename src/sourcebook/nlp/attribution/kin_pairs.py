"""Two people a kin phrase joins, and a bare kin noun later as one end of it.

Local reports name two relatives together once ('Tom Bray and his son, Sam Bray, run rival
garages'; 'Owen Pugh, 58, and his nephew, Rhys Pugh, were rescued') and then call one of them
by kinship alone ('The father said', 'the nephew said'). 'His son' names both ends: the one
named before it is the son's father or mother (by 'his' or 'her'), so 'the father' is Tom Bray,
where the last man spoken of, the son, was taken. The record said 'Sam Bray' or 'father'.

Only 'X, (age,) and his/her KIN, Y' with X and Y both people the NER tagged; the kin noun's
relation and end come from ``attribution/kin_ends.txt`` (a relation of the same noun at both
ends, 'his brother', tells no end and is left to the other rules). The pair is also the two
'Both men' stands for when the last two named split it (``groups.the_two``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import tagged, word_set
from .index import PERSON, Resolved
from .people import FEMALE, MALE, gender_of_word, known_gender

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .people import Person
    from .speakers import SpeakerResolver

_SEX = {"his": MALE, "her": FEMALE}
_ENDS = "attribution/kin_ends"


@dataclass(frozen=True)
class KinPair:
    """'Tom Bray and his son, Sam Bray': ``first`` Tom Bray, ``noun`` 'son' (what ``second`` is to him)."""

    first: Person
    second: Person
    noun: str
    sex: str  # (the first's, by 'his' or 'her')
    at: int  # (where the second is named)


def kin_pairs(resolver: SpeakerResolver, offset: int) -> list[KinPair]:
    """The kin phrases that join two people before ``offset``, in text order."""
    doc, out = resolver.doc, []
    ents = [e for e in resolver.ents if e.label_ == "PERSON" and e.end_char <= offset]
    nouns = word_set("kin_nouns") | word_set(_ENDS)
    for ent in ents:
        i = ent.start - (2 if ent.start and doc[ent.start - 1].text == "," else 1)
        if i < 3 or doc[i].lower_ not in nouns or doc[i].tag_ != "NN" or doc[i - 1].lower_ not in _SEX \
                or doc[i - 2].lower_ != "and":
            continue
        j = i - 3
        if doc[j].text == "," and j >= 3 and doc[j - 1].like_num and doc[j - 2].text == ",":
            j -= 3  # ('Owen Pugh, 58, and his nephew')
        first = next((e for e in ents if e.end - 1 == j), None)
        one = resolver.person_for(list(first)) if first is not None else None
        other = resolver.person_for(list(ent))
        if one is None or other is None or one is other or known_gender(one) not in (None, _SEX[doc[i - 1].lower_]):
            continue
        out.append(KinPair(one, other, doc[i].lower_, _SEX[doc[i - 1].lower_], ent.start_char))
    return out


def kin_end(resolver: SpeakerResolver, head: Token, offset: int) -> Resolved | None:
    """'The father' (``head`` a kin noun after a bare 'the') as the one the last kin phrase before
    it puts at that end: Tom Bray after 'Tom Bray and his son, Sam Bray'; None for any other."""
    word = head.lower_
    if word not in word_set(_ENDS) or [t.lower_ for t in head.lefts] != ["the"]:
        return None
    relation = _relation(word)
    for pair in reversed(kin_pairs(resolver, offset)):
        if pair.noun == word:
            person, sex = pair.second, gender_of_word(pair.noun) or known_gender(pair.second)
        elif _relation(pair.noun) == relation and _end(pair.noun) != _end(word):
            person, sex = pair.first, pair.sex
        else:
            continue
        wanted = gender_of_word(head.text)
        if wanted is not None and sex not in (None, wanted):
            return None  # ('the mother' after 'Tom Bray and his son')
        return Resolved(person.name, PERSON, person.affiliation, person.gender)
    return None


def _relation(word: str) -> str | None:
    return next((tag for tag in ("parent", "grandparent", "uncle") if word in tagged(_ENDS, tag)), None)


def _end(word: str) -> bool:
    return word in tagged(_ENDS, "upper")


__all__ = ["KinPair", "kin_end", "kin_pairs"]
