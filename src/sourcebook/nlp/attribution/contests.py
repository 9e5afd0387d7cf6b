"""A sporting contest, for ``noncues.not_a_cue``: 'defend', 'challenge' or 'fight' with the prize
of a contest for its object or after its 'for' ('Korva will defend her 400m title', 'is due to
fight Reggie Osei for the vacant title') is a bout or a race, no stance taken against anything
('defended the decision', 'challenged the ruling', 'will fight the ban' keep their cue).
Only with no clause of its own (`contest_prizes.txt`)."""

from __future__ import annotations

from spacy.tokens import Token

from .listed_arguments import Frame, listed_arguments

_CONTEST = Frame(frozenset(["defend", "challenge", "fight"]), "attribution/contest_prizes", frozenset(["dobj"]),
                 frozenset(["for"]))  # ('is due to fight Reggie Osei for the vacant title')


def contest_for_a_prize(verb: Token) -> bool:
    """Whether ``verb`` contests a prize ('defend her title', 'fight X for the belt')."""
    return bool(listed_arguments(verb, _CONTEST))
