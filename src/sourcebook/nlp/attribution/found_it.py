"""'find it' with an adjective of ease and an infinitive: 'Homeowners are finding it harder to get
cover', 'Small firms found it impossible to hire', 'Many find it easier to rent'. The verb says
how hard an act is for its subject, what they met with in doing it, not what they judge true:
no belief and no report. A judgement on a clause stays one ('found it odd that X', 'finds it
hard to believe that X' is the writer's pick of words for a doubt, left to the other rules), and
'found that X' is untouched.
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: adjectives of how hard or easy an act is
_EASE = frozenset(["hard", "harder", "hardest", "difficult", "easy", "easier", "easiest", "impossible", "tough",
                   "tougher", "simple", "simpler", "possible", "costly", "expensive", "cheaper"])
#: verbs after 'hard to' that still report a judgement ('find it hard to believe that X')
_JUDGING = frozenset(["believe", "accept", "imagine", "understand", "see", "say", "know", "trust"])


def ease_of_an_act(verb: Token) -> bool:
    """Whether ``verb`` is 'find' with an expletive 'it', an adjective of ease and its infinitive."""
    if verb.lemma_.lower() != "find":
        return False
    for child in children_of(verb):
        if child.i < verb.i:
            continue
        adjective = child if child.lower_ in _EASE else next((g for g in child.children if g.lower_ in _EASE), None)
        if adjective is None or not any(g.lower_ == "it" for g in (*child.children, *children_of(verb)) if g.i < adjective.i):
            continue
        act = next((t for t in adjective.subtree if t.i > adjective.i and t.pos_ in ("VERB", "AUX")
                    and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children)), None)
        if act is not None and act.lemma_.lower() not in _JUDGING:
            return True
    return False
