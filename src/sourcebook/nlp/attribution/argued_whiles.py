"""An 'as' clause whose verb has a topic of its own after 'over' or 'about', which says when, not whose
account: 'Talks stalled as rich and poor countries argued over who should pay', 'The vote was put off as
members quarrelled about the wording'. An aside of accord names no topic: it holds the sentence itself ('The
economy grew, as the minister said'), so a verb with its own topic there tells what went on around the event,
the 'as' of time ('while'), and the sentence is no one's report (what was argued is found by its own rules,
'argued over X'). Only an 'as' right after the sentence's words, no comma before it (as ``sounded``): one set
off by commas may still be an aside ('The fund, as the envoy said about it last year, is empty')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .sounded import sounded_while
from .talk_whiles import talked_while

#: the prepositions that name what a talk or a quarrel is about
_TOPICS = frozenset(["over", "about"])
#: the marks that set an aside off from the sentence around it
_SET_OFF = frozenset([",", "(", "\u2014", "\u2013", "--", "-"])


def argued_while(verb: Token) -> bool:
    """Whether ``verb`` opens an 'as' clause right after the sentence's words with an 'over' or 'about'
    phrase of its own after it ('as delegates argued over the fund')."""
    if not any(c.dep_ == "prep" and c.lower_ in _TOPICS and c.i > verb.i and any(
            g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "as" and 0 < c.i < verb.i and verb.doc[c.i - 1].text not in _SET_OFF
               for c in verb.children)


def said_while(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` opens an 'as' clause of time, a sound ('as members shouted', ``sounded``), a talk
    with a topic of its own ('as they argued over X') or talk going on ('as he spoke to the council', 'as she
    joked with her brother', ``talk_whiles``)."""
    return sounded_while(lex, verb) or argued_while(verb) or talked_while(lex, verb)
