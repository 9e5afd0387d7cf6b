"""People that aid reached or who received it: "Food aid reached 40,000 people", "Convoys have reached 150,000
people", "41,000 people received food rations".

"Reach" mostly only moves a level ("the death toll reached 52 people", "the crowd reached
40,000"), and then what happened is read from the counted noun, so the verb alone cannot say
that the people were given aid. Its subject can: when it is aid (lexicon ``figures/aid_nouns``),
the predicate is "reached with aid", which the measures table lists as people aided (and as aid
delivered, for "Twelve trucks of food reached 3,000 people": the trucks' own count), so two
counts of the people one aid effort reached are compared and a toll that reached a number is not.
"Receive" is the same from the other side: people who received aid were aided ("received with aid"), people who
received a vaccine, a prize, votes or compensation were not, and the verb alone cannot tell them apart (a
review of pass 68 found 'received' alone counted as aid for any people who received anything).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

__all__ = ["aid_reach"]

#: the verb, the dependents that must be aid, and the predicate it then writes
_VERBS = {"reach": (("nsubj", "csubj"), "reached with aid"),  # "Aid convoys have": csubj
          "receive": (("dobj",), "received with aid")}


def aid_reach(verb: Token) -> str | None:
    """"reached with aid" when ``verb`` is "reach" and its subject is aid, "received with aid" when it is "receive"
    and its object is aid, else None."""
    role = _VERBS.get(verb.lemma_.lower())
    if role is None:
        return None
    nouns = word_set("figures/aid_nouns")
    for held in (c for c in verb.children if c.dep_ in role[0]):
        words = {held.lower_, *(c.lower_ for c in held.children if c.dep_ == "compound")}
        if words & nouns:
            return role[1]
    return None
