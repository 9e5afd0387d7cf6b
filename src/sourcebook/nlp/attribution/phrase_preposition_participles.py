"""A participle of saying after a preposition of two or three words, for ``participles.participle_subject``:
'In addition to saying that taxes would rise, the mayor vowed X', 'On top of calling the plan a fraud,
the senator demanded Y', 'In spite of warning that X, she backed it'. The parser reads the bare noun
inside the preposition ('addition', 'top', 'spite') as the object of the first word and hangs the
participle on the second, so the climb to a subject stops at that noun and the participle got no
speaker; it is the subject of the verb the whole phrase hangs on. Only a bare singular noun (no
article, owner or adjective, no time): 'in the wake of calling for X' names a thing, and 'after
months of refusing X' or 'locked in talks about backing Y' tell how long or what was discussed, not
what the subject said. Only a noun of a phrase that grants the act was done ('in addition to', 'on top
of', 'in spite of', 'in return for'): 'In charge of announcing the winners, the host X', 'In preparation
for announcing the results, the panel met' tell of a task or a plan, not of words said."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import subject_of

_MODIFIERS = frozenset(["det", "poss", "amod", "nummod", "compound", "nmod"])
#: the nouns of the prepositions of several words that grant the act after them was done
_DONE = frozenset(["addition", "top", "spite", "return"])


def phrase_preposition_holder(verb: Token) -> Token | None:
    """The subject of the verb the preposition of several words holding ``verb`` hangs on (see the module)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return None
    noun = verb.head.head
    if (noun.dep_ != "pobj" or noun.tag_ != "NN" or noun.lower_ not in _DONE or noun.ent_type_
            or any(c.dep_ in _MODIFIERS for c in noun.children)):
        return None
    outer = noun.head
    if outer.dep_ != "prep" or outer.head.pos_ not in ("VERB", "AUX") or outer.i + 1 != noun.i:
        return None
    return subject_of(outer.head)
