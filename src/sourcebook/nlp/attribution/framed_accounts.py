"""Clauses that frame a sentence as someone's account without a verb of saying over it: 'If the
airline is to be believed, the fault was fixed within hours', 'To hear the coach tell it, the
referee cost them the game'. The frame names the source (the subject of 'is to be believed', of
'tell it'); the content is the sentence around the frame, set off by commas, without it. 'is to be
believed' and 'tell it' are the cue, as 'put it' is in 'as the coach put it' (``verbs.idiom_cue``).

Not a frame: a belief stated ('The airline is believed to have fixed it': ``verbs``), a telling
with an object of its own ('to hear him tell the story'), nor one not set off ('He came to hear
her tell it'). 'As far as X is concerned' is left alone: it names a topic as often as a holder
('As far as the budget is concerned, the talks went well').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .candidate import SPEECH, Candidate
from .lexicon import Lexicon
from .phrases import set_off, sourced_clause
from .syntax import first_child, source_span


def framed_account(lex: Lexicon, text: str, token: Token, sent: Span) -> Candidate | None:
    """The record of 'If X is to be believed, Y' (``token`` the 'believed') or 'To hear X tell it,
    Y' (``token`` the 'tell'); None when ``token`` heads no such frame."""
    doc = token.doc
    if token.lower_ == "believed":
        be = token.head
        aux = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
        mark = first_child(be, "mark")
        subject = first_child(be, "nsubj")
        if token.dep_ != "xcomp" or be.lemma_ != "be" or aux != ["to", "be"] or mark is None or mark.lower_ != "if":
            return None
        start, cue_start = mark, be
    elif token.lower_ == "tell":
        subject = first_child(token, "nsubj")
        it = first_child(token, "dobj")
        if subject is None or it is None or it.lower_ != "it" or it.i != token.i + 1 or subject.left_edge.i < 2:
            return None
        hear = doc[subject.left_edge.i - 1]
        start = doc[hear.i - 1]
        if hear.lower_ != "hear" or start.lower_ != "to":
            return None
        cue_start = token
    else:
        return None
    if subject is None or subject.i < start.i or subject.i > token.i:
        return None
    end = doc[token.i + 1] if token.lower_ == "tell" else token
    phrase = (start.idx, end.idx + len(end))
    if not set_off(text, sent, *phrase):
        return None  # 'He came to hear her tell it.'
    contents = sourced_clause(text, start, sent, phrase, sent.root)
    if not contents:
        return None
    return Candidate(
        cue=(cue_start.idx, phrase[1]),
        source=source_span(text, subject),
        contents=contents,
        nature=SPEECH,
        source_token=subject.i,
    )
