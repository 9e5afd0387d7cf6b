"""A sporting contest, for ``noncues.not_a_cue``: 'defend', 'challenge' or 'fight' with the prize
of a contest for its object or after its 'for' ('Korva will defend her 400m title', 'is due to
fight Reggie Osei for the vacant title') is a bout or a race, no stance taken against anything
('defended the decision', 'challenged the ruling', 'will fight the ban' keep their cue).
Only with no clause of its own (`contest_prizes.txt`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

_CONTESTING = frozenset(["defend", "challenge", "fight"])


def contest_for_a_prize(verb: Token) -> bool:
    """Whether ``verb`` contests a prize ('defend her title', 'fight X for the belt')."""
    if verb.lemma_.lower() not in _CONTESTING or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    prizes = word_set("attribution/contest_prizes")
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in prizes:
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in prizes for g in child.children):
            return True
    return False
