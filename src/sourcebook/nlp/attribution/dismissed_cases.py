"""A court's dismissal of a case: 'The judge dismissed the landlord's appeal', 'courts to dismiss cases
alleging discrimination', 'The lawsuit was dismissed by the High Court'. 'Dismiss' is a cue when someone
waves words or a view away ('dismissed the claims as fabrications', 'dismissed criticism of the plan'), but
a proceeding thrown out (``proceeding_nouns.txt``: 'appeal', 'lawsuit', 'motion') is a ruling's outcome,
no one's words: the writer narrates it. Not with an 'as' that says what the thing was called ('dismissed
the case as a stunt'), nor an argument's 'case for' ('dismissed the case for a rent cap')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

_PROCEEDINGS = word_set("attribution/proceeding_nouns")


def case_dismissed(verb: Token) -> bool:
    """Whether ``verb`` is 'dismiss' with a proceeding for its object (or its passive's subject) and no 'as'."""
    if verb.lemma_.lower() != "dismiss" or any(c.lower_ == "as" and c.dep_ == "prep" for c in verb.children):
        return False
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    # (the 'as' may hang deeper in the object: 'dismissed the motion of no confidence as theatre')
    return (thing is not None and thing.lemma_.lower() in _PROCEEDINGS
            and not any(g.dep_ == "prep" and g.lower_ == "for" for g in thing.children)
            and not any(g.dep_ == "prep" and g.lower_ == "as" for g in thing.subtree))
