"""A thing sensed, which reports nothing (for ``noncues.not_a_cue``). A verb of the senses
(``perception_verbs.txt``) with a clause of a bare verb and a singular subject of its own ('She felt the floor
move under her slippers', 'He heard the roof tear', 'we watched the shed float away'): an event sensed, as 'saw its
shares fall' is (``befallen``), not a view held or news heard, which takes a 'that' clause or a finite verb ('felt
that X', 'heard the mill would close'; a plural subject is left, 'heard farmers lose money each year' reading the
same as with a 'that'); 'notice' or 'spot' with a thing for its object and no clause ('noticed a crack in the
hull'): a thing seen, no finding. (A skill learned, 'learned to read the water', is ``figure_senses``'.)"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import tagged, word_set
from .kids import children_of
from .syntax import that_clause

_SENSES = word_set("attribution/perception_verbs")
_SEEN = tagged("attribution/perception_verbs", "thing")
#: an object pronoun for the subject of a bare verb ('heard him leave')
_OBJECT_PRONOUNS = frozenset(["me", "him", "her", "us", "them", "it"])
#: what makes a verb's complement a clause of its own
_CLAUSES = frozenset(["ccomp", "xcomp", "advcl"])


def perceived(verb: Token) -> bool:
    """Whether ``verb`` tells a thing sensed and reports nothing (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma not in _SENSES:
        return False
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if any(_bare_event(c, verb) for c in children):
        return True
    return lemma in _SEEN and not any(c.dep_ in _CLAUSES for c in children) and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i for c in children)


def _bare_event(clause: Token, verb: Token) -> bool:
    """'the floor move', 'him leave': a clause after ``verb`` whose verb is bare (its own base form, no 'to', 'that'
    or auxiliary) and whose subject is one thing or an object pronoun (a plural's verb may be a present tense)."""
    if clause.dep_ != "ccomp" or clause.i < verb.i or clause.lower_ != clause.lemma_.lower() or that_clause(clause):
        return False
    if any(g.dep_ in ("aux", "auxpass", "mark") for g in clause.children):
        return False
    # (the parser may read 'the floor move' as one noun, 'floor' its compound)
    own = ("nsubj", "compound") if clause.tag_ == "NN" else ("nsubj",)
    subject = next((g for g in clause.children if g.dep_ in own and g.i < clause.i), None)
    return subject is not None and (subject.tag_ in ("NN", "NNP") or subject.lower_ in _OBJECT_PRONOUNS)

