"""A search the writer describes: 'look for' as a bare participle ('Rovers travel north on Sunday
looking for a first away win', 'shoppers looking for bargains filled the mall'). 'look for' is a
cue of aim when someone is said to seek a thing ('Voters are looking for change', 'she looked for
ways to cut costs'); the bare participle, with no auxiliary, rather sets a scene the writer sees
(the team travelling, the crowd in the mall) and says what they are doing, no aim anyone states
(on PolNeAR train none of those the rule reads so is annotated; a subject the parser gave the bare
participle, as in a headline, changes nothing). Not a search for what a clause states ('Investors,
looking for signs that rates will fall, bought bonds': the sign is a proposition they expect, an aim
as with an auxiliary). For ``noncues.not_a_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of


def searching(verb: Token) -> bool:
    """Whether ``verb`` is 'looking for' with no auxiliary: a search described, no aim stated."""
    if verb.lemma_.lower() != "look" or verb.tag_ != "VBG":
        return False
    children = list(children_of(verb))
    prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return prep is not None and not any(c.dep_ in ("aux", "auxpass") for c in children) and not any(
        _states(c) for c in prep.children if c.dep_ == "pobj")


def _states(noun: Token) -> bool:
    """Whether ``noun`` holds a clause opened by 'that' ('signs that rates will fall')."""
    return any(c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
               for c in noun.children)
