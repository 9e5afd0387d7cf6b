"""Which story parts may stand for the person quoted last with nothing else tying them.

``roles.role`` lets a bare definite part in a story ('the witness', 'the passenger', 'the
farmer': ``source_types/witness.txt``) stand for the last speaker the article gave no office,
as news copy varies its reference to a witness ('Ada Moss said she saw smoke. The witness said
the doors were locked'). A noun for someone defined by whom they stand to (``counterpart_nouns``:
'the landlord', 'the neighbour', 'the cousin') is the other way round: right after a
named person it names that person's counterpart ('Ada Moss has rented the flat for years. The
landlord says the rent will rise': her landlord, not Moss). Such a noun goes to a person only on
evidence the role lookup finds first (an apposition, a title or a role the article gave them:
'Ada Moss, a landlord,', 'Landlord Ada Moss'); otherwise the description stays.

The same holds for an epithet with an adjective after the sentence that named someone
(``epithet_after``): 'Ben Cole was stopped on the ring road. The young officer said X' is whoever
stopped him, as 'The veteran coach said' after a player is the player's coach; the list also has
the nouns for those who deal with someone (officer, coach, judge, doctor, spokesperson). 'The young
defender', 'the retired engineer', 'the businessman' still stand for the person just named, and
so does a counterpart's noun with a career adjective ('The former prosecutor said' after a
governor: her own past, ``_CAREER``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon import word_set

WITNESS = "source_types/witness"  # the parts in a story: no office
#: adjectives that make a role the holder's own career, not someone's counterpart ('the former officer')
_CAREER = frozenset(["former", "retired", "onetime", "one-time", "ex", "erstwhile"])


@cache
def story_parts() -> frozenset[str]:
    """The witness words that may stand for the last speaker unaided: all but the counterparts."""
    return frozenset(word_set(WITNESS) - word_set("attribution/counterpart_nouns"))


def career(head: Token) -> bool:
    """Whether a career adjective makes the role the holder's own past ('the former officer',
    'the retired judge')."""
    return any(t.lower_ in _CAREER for t in head.lefts if t.dep_ in ("amod", "compound", "nmod"))


def counterpart(head: Token) -> bool:
    """Whether a noun names someone by whom they stand to or act on, so that the person just named
    is no holder of it unless the article gave them that word (not with a career adjective)."""
    nouns = word_set("attribution/counterpart_nouns")
    return (head.lower_ in nouns or head.lemma_.lower() in nouns) and not career(head)


__all__ = ["WITNESS", "career", "counterpart", "story_parts"]
