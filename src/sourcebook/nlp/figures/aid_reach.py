"""People that aid reached: "Food aid reached 40,000 people", "Convoys have reached 150,000 people".

"Reach" mostly only moves a level ("the death toll reached 52 people", "the crowd reached
40,000"), and then what happened is read from the counted noun, so the verb alone cannot say
that the people were given aid. Its subject can: when it is aid (lexicon ``figures/aid_nouns``),
the predicate is "reached with aid", which the measures table lists as people aided (and as aid
delivered, for "Twelve trucks of food reached 3,000 people": the trucks' own count), so two
counts of the people one aid effort reached are compared and a toll that reached a number is not.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["aid_reach"]


def aid_reach(verb: Token) -> str | None:
    """"reached with aid" when ``verb`` is "reach" and its subject is aid, else None."""
    if verb.lemma_.lower() != "reach":
        return None
    nouns = word_set("figures/aid_nouns")
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "csubj")):  # "Aid convoys have": csubj
        words = {subject.lower_, *(c.lower_ for c in subject.children if c.dep_ == "compound")}
        if words & nouns:
            return "reached with aid"
    return None
