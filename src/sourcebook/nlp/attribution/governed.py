"""'Mali has been ruled by the military since 2020', 'a country ruled by decree': 'rule' in the passive with
nothing ruled on after it governs, no court's or referee's ruling (for ``noncues.not_a_cue``; not 'was ruled
unconstitutional by the court', 'was ruled out', 'was ruled that X')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: what a ruling says after a passive 'ruled': 'ruled unconstitutional', 'ruled out', 'ruled that X', 'ruled to be X'
_SAID = frozenset(["oprd", "acomp", "xcomp", "ccomp", "prt", "attr", "dobj"])


def governed(verb: Token) -> bool:
    """Whether ``verb`` is a passive 'ruled' with nothing ruled on after it ('was ruled by a junta')."""
    if verb.lemma_.lower() != "rule" or verb.tag_ != "VBN":
        return False
    children = list(children_of(verb))
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or verb.dep_ == "acl"
    return passive and not any(c.dep_ in _SAID for c in children)
