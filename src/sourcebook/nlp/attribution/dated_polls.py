"""A poll's date the parser hung on the verb: 'A Harbour Times poll in June found X', 'A county
survey last month showed Y'. Set after a poll's noun (the ``+in`` entries of ``poll_nouns.txt``:
polls, surveys, a census), a date names which poll it is, and PolNeAR's sources keep it (on train a
poll's date before its cue is in the gold source 19 times in 21), as ``occasions`` keeps it when the
parser hangs it on the noun ('A poll on Monday showed'). A person's or a body's date stays out ('The
mayor on Monday said X': when she spoke), as does a date set off by commas. For ``syntax.source_span``."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import active_lexicon
from .word_forms import listed

#: the entity types of a date or a time ('in June', 'last week', 'on Monday')
_DATES = ("DATE", "TIME")
_PREPS = ("in", "on", "from", "during", "since")


def poll_date(source: Token) -> Token | None:
    """The date phrase right after the poll ``source`` and right before its verb, hung on the verb
    ('A poll in June found X': 'in'), else None."""
    verb = source.head
    if source.dep_ != "nsubj" or not listed(source, active_lexicon().in_polls):
        return None
    nxt = source.right_edge.i + 1
    if nxt >= verb.i:
        return None
    word = next((c for c in verb.lefts if c.left_edge.i == nxt and c.right_edge.i == verb.i - 1), None)
    if word is None:
        return None
    if word.dep_ == "npadvmod":
        return word if word.ent_type_ in _DATES else None
    pobj = next((c for c in word.children if c.dep_ == "pobj"), None)
    dated = pobj is not None and pobj.ent_type_ in _DATES
    return word if word.dep_ == "prep" and word.lower_ in _PREPS and dated else None
