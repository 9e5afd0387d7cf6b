"""'The two leaders said', 'Both men told reporters': 'the two' or 'both' before a plural noun for
people stands for the two people just named, as a bare 'Both' or 'The two' does
(``groups.the_two``); a noun for things or bodies ('both sides', 'the two companies') is left to
the other rules. Made-up example: 'Ana Ruiz and Lea Holm signed the deal. The two ministers said
it would last.' is Ana Ruiz and Lea Holm. A role ('both candidates') is a pair only as a plural
pronoun there would be one (the two named together): the last two people named may be others
who merely spoke of them ('X and Y clash. "Y must win," said Z. Both candidates said ...')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import anaphora, groups

if TYPE_CHECKING:
    from .speakers import Resolved, SpeakerResolver

_PEOPLE = frozenset(["men", "women", "people", "friends", "brothers", "sisters"])


def the_two(resolver: SpeakerResolver, written: str, head: Token, offset: int, salience: anaphora.Salience) -> Resolved | None:
    """The two people ``written`` (the source as written, ``head`` its head) stands for, if it is
    'both', 'the two', or either before a plural noun for people."""
    words = written.lower().split()
    if words in (["both"], ["the", "two"]):
        return groups.the_two(resolver, offset, salience)
    lead = words[:1] == ["both"] and len(words) == 2 or words[:2] == ["the", "two"] and len(words) == 3
    if not lead or head.tag_ != "NNS":
        return None
    if head.lower_ in _PEOPLE:
        return groups.the_two(resolver, offset, salience)
    if head.lemma_.lower() not in resolver.lex.role_nouns:
        return None
    pair = anaphora.pronoun(resolver, "they", offset, salience)
    return pair if pair is not None and " and " in (pair.name or "") else None
