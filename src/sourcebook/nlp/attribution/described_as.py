"""An act noun's 'as' phrase after the one it is aimed at: what was said of them (``objects`` asks).

'The coach paid tribute to his captain as "the heart of the side"', 'The mayor paid homage to the
founder as a visionary': a verb with an act of words for its object (``act_nouns.txt``: 'tribute')
says what the one honoured is in its 'as' phrase; that phrase is the content and the noun joins the
cue ('paid tribute'), not 'tribute to his captain as ...' for content. Only with the one aimed at
named right after the noun ('to' hung on the noun or the verb) and the 'as' right after them; not
an 'as' clause of time ('paid tribute to her as the crowd stood': a clause with its own subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .stance_acts import act_object


def described_as(lex: Lexicon, verb: Token, obj: Token) -> Token | None:
    """The object of the 'as' after ``obj`` and the one it is aimed at, if any."""
    doc = verb.doc
    if obj.i < verb.i or obj.i + 2 >= len(doc) or not act_object(lex, verb, obj):
        return None
    to = doc[obj.i + 1]
    if to.lower_ != "to" or to.head.i not in (obj.i, verb.i) or to.dep_ not in ("prep", "dative"):
        return None
    aimed = next((c for c in to.children if c.dep_ == "pobj"), None)
    if aimed is None or aimed.right_edge.i + 1 >= len(doc):
        return None
    as_ = doc[aimed.right_edge.i + 1]
    if as_.lower_ != "as" or as_.dep_ != "prep" or as_.head.i not in (verb.i, obj.i, aimed.i):
        return None
    return next((c for c in as_.children if c.dep_ == "pobj"), None)
