"""A clause on the counted noun that is no happening to the counted things, for ``context.find_predicate``.

The predicate of a count is the participle or relative clause on its noun when there is one ("residents
evacuated from the town"). Court and crime reports hang two other kinds of clause there: a participle that
describes the things counted, their age or name ("Eight men aged between 19 and 46 have been charged", "Two boys
aged 14 were referred": lexicon ``figures/describing_participles``; a poll's respondents, "Half of those asked
said", "parents questioned": lexicon ``figures/respondent_participles``), and a relative clause about a part of them
("Police arrested 31 people, 12 of whom were charged": what happened to the twelve, not to the 31). Neither says
what happened to the whole count, so the verb the noun hangs on does. Nor does the participle on the whole a part is
taken from when the part has a verb of its own ("Forty of the people arrested were released on bail": released,
not arrested); under a copula it still does ("Twelve of the people killed were children": killed).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["describes"]


def describes(clause: Token) -> bool:
    """Whether ``clause``, a participle or relative clause on a counted noun, describes the things counted or
    tells of a part of them ("aged 14", "12 of whom were charged") rather than what happened to them all."""
    words = word_set("figures/describing_participles") | word_set("figures/respondent_participles")
    if clause.lower_ in words or clause.lemma_.lower() in words:
        return True
    if _whole_of_a_part(clause):
        return True
    # "12 of whom were charged": the clause's subject is a count of part of the noun
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "CD" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.tag_ in ("WP", "WDT") for g in p.children)
        for p in c.children) for c in clause.children)


def _whole_of_a_part(clause: Token) -> bool:
    """Whether ``clause`` is on the whole of a part that is the subject of a verb other than the copula: "Forty of
    the people arrested were released" (the part hangs on "released"), not "Twelve of the people killed were
    children"."""
    whole = clause.head
    if whole.dep_ != "pobj" or whole.head.lower_ != "of" or whole.head.head.tag_ != "CD":
        return False
    part = whole.head.head
    verb = part.head
    return part.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_ != "be"
