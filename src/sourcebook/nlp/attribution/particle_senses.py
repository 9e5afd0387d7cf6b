"""A verb of saying that its particle makes another verb, no report (for ``noncues.not_a_cue``): 'The
children were told off for running in the corridor' were scolded, 'The neighbours called round with a
casserole' visited, 'could not tell the twins apart' told one from the other. The pairs are in
``particle_senses.txt``; not 'called off the strike', which PolNeAR counts as a decision announced."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of the pairs (each pair's word before its space)."""
    return frozenset(pair.split(" ", 1)[0] for pair in word_set("attribution/particle_senses"))


def particle_sense(verb: Token) -> bool:
    """Whether ``verb`` has a particle that makes it such another verb ('told off', 'called round')."""
    pairs = word_set("attribution/particle_senses")
    lemma = verb.lemma_.lower()
    if lemma not in _verbs() and " " not in lemma:
        return False  # (a verb of no pair, tested before its children are walked)
    # (the parser may hang the particle as an adverb, or as the predicate of a verb of naming: 'called round')
    return any(c.dep_ in ("prt", "advmod", "oprd") and c.pos_ in ("ADP", "ADV", "PART") and f"{lemma} {c.lower_}" in pairs
               for c in children_of(verb))
