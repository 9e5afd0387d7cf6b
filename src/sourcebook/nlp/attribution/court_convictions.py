"""A court's 'conviction', no belief: 'The appeal judges quashed the conviction of a man jailed for
theft', 'his conviction for fraud was overturned'. ``belief_nouns.txt`` lists 'conviction' for the
state of mind ('her conviction that the plan would fail'), which always comes with the clause it
holds; with no such clause the word is the verdict, whose 'of' or 'for' phrase names the one
convicted or the crime, not something anybody holds true. Tried by ``nouns.noun_cue``."""

from __future__ import annotations

from spacy.tokens import Token

#: the forms of the noun that is a verdict when no clause says what is held
_CONVICTION = frozenset(["conviction", "convictions"])


def court_conviction(noun: Token, clausal: bool) -> bool:
    """Whether ``noun`` is 'conviction' with no clause of what is held: the verdict, no cue."""
    return noun.lower_ in _CONVICTION and not clausal
