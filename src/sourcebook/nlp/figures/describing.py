"""A clause on the counted noun that is no happening to the counted things, for ``context.find_predicate``.

The predicate of a count is the participle or relative clause on its noun when there is one ("residents
evacuated from the town"). Court and crime reports hang two other kinds of clause there: a participle that
describes the things counted, their age or name ("Eight men aged between 19 and 46 have been charged", "Two boys
aged 14 were referred": lexicon ``figures/describing_participles``), and a relative clause about a part of them
("Police arrested 31 people, 12 of whom were charged": what happened to the twelve, not to the 31). Neither says
what happened to the whole count, so the verb the noun hangs on does.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["describes"]


def describes(clause: Token) -> bool:
    """Whether ``clause``, a participle or relative clause on a counted noun, describes the things counted or
    tells of a part of them ("aged 14", "12 of whom were charged") rather than what happened to them all."""
    words = word_set("figures/describing_participles")
    if clause.lower_ in words or clause.lemma_.lower() in words:
        return True
    # "12 of whom were charged": the clause's subject is a count of part of the noun
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "CD" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.tag_ in ("WP", "WDT") for g in p.children)
        for p in c.children) for c in clause.children)
