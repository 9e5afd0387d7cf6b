"""A figure in the circumstances of a reporting verb, no content of it, for ``sources.Sources``: 'The challenger
conceded after trailing by 9,300 votes', 'The coach spoke before a crowd of 40,000', 'She said so while 2,000 people
waited'. The phrase or clause the figure sits in is opened by a word of time, cause or concession (lexicon
``figures/circumstance_preps``) and hangs on the verb itself: it tells when or why the verb happened, so its
subject is no source of the figure; a reporting verb higher up still is ('The party said the challenger conceded
after trailing by 9,300 votes'). A verb that reports a clause of its own keeps such a phrase in its report: 'The
toll has risen to five, police said, after two bodies were found' tells the police's story; so does one that reports a
topic ('The charity warned of hunger during a drought affecting 2 million people')."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context

__all__ = ["in_circumstance"]

#: the prepositions of what a verb reports ('warned of hunger', 'spoke about the cuts'): such a verb has a report of
#: its own, and the phrase of time or cause beside it tells the report's story ('warned of hunger during a drought
#: affecting 2 million people', 'warned of shortages because 40% of wells had dried up')
_TOPICS = frozenset(["of", "about"])


def in_circumstance(verb: Token, held: Token, ctx: Context) -> bool:
    """Whether the figure under ``held`` (the child of ``verb`` the walk up came through, ``sources._through``) sits
    in a phrase or clause of time, cause or concession of ``verb``."""
    if held.head.i != verb.i or held.i == verb.i or any(
            c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in _TOPICS for c in verb.children):
        return False
    if held.dep_ == "prep":
        return held.lower_ in ctx.circumstance_preps
    return held.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ctx.circumstance_preps for c in held.children)
