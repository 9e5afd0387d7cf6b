"""'The two leaders said', 'Both men told reporters': 'the two' or 'both' before a plural noun for
people stands for the two people just named, as a bare 'Both' or 'The two' does
(``groups.the_two``); a noun for things or bodies ('both sides', 'the two companies') is left to
the other rules. Made-up example: 'Ana Ruiz and Lea Holm signed the deal. The two ministers said
it would last.' is Ana Ruiz and Lea Holm. A role ('both candidates') is a pair only as a plural
pronoun there would be one (the two named together): the last two people named may be others
who merely spoke of them ('X and Y clash. "Y must win," said Z. Both candidates said ...'). A noun
of one sex ('both men', 'the two women') is no pair one of whom is known to be of the other sex
('Jon Berg and Ida Lie met. Two nurses left. The two women said X': not Berg and Ida Lie).
With no such two just named, the two named together before are (``named_pairs``), as they are
for 'the brothers' and a family's 'the Ferraros'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import anaphora, groups
from .named_pairs import SIBLINGS, family, named_together
from .people import FEMALE, MALE, known_gender

if TYPE_CHECKING:
    from .speakers import Resolved, SpeakerResolver

_PEOPLE = frozenset(["men", "women", "people", "friends", *SIBLINGS])
#: the sex a plural noun for people names
_SEX = {"men": MALE, "brothers": MALE, "women": FEMALE, "sisters": FEMALE}


def the_two(resolver: SpeakerResolver, written: str, head: Token, offset: int, salience: anaphora.Salience) -> Resolved | None:
    """The two people ``written`` (the source as written, ``head`` its head) stands for, if it is
    'both', 'the two', or either before a plural noun for people."""
    words = written.lower().split()
    if words in (["both"], ["the", "two"]):
        return groups.the_two(resolver, offset, salience)
    if len(words) == 2 and words[0] == "the" and (words[1] in SIBLINGS or head.text[:1].isupper()):
        return family(resolver, written, head) or _two_of(resolver, head, offset, salience)  # 'The brothers', 'The Ferraros'
    lead = words[:1] == ["both"] and len(words) == 2 or words[:2] == ["the", "two"] and len(words) == 3
    if not lead or head.tag_ != "NNS":
        return None
    if head.lower_ in _PEOPLE:
        return _two_of(resolver, head, offset, salience)
    if head.lemma_.lower() not in resolver.lex.role_nouns:
        return None
    pair = anaphora.pronoun(resolver, "they", offset, salience)
    return pair if pair is not None and " and " in (pair.name or "") else None


def _two_of(resolver: SpeakerResolver, head: Token, offset: int, salience: anaphora.Salience) -> Resolved | None:
    """The two just named, of the sex ``head`` names, else the two named together before (``named_pairs``)."""
    if head.lower_ not in _PEOPLE:
        return None
    pair = groups.the_two(resolver, offset, salience)
    sex = _SEX.get(head.lower_)
    return pair if pair is not None and _of_sex(resolver, pair.name, sex) else named_together(resolver, offset, sex)


def _of_sex(resolver: SpeakerResolver, names: str | None, sex: str | None) -> bool:
    """Whether no one of the pair ``names`` ('X and Y') is known to be of another sex than ``sex``."""
    if sex is None or not names:
        return True
    for name in names.split(" and "):
        person = resolver.people.find(name.split())
        if person is not None and known_gender(person) not in (None, sex):
            return False
    return True
