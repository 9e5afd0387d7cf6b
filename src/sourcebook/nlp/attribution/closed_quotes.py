"""A cue inside a quotation whose content the parser ran out past the quotation's closing
marks: in '"She said, 'Go home,'" the guard said.' the parser hangs the closing 'the guard said'
on the quoted 'said', whose content would start at the closing marks. No content opens with a
mark that closes a quotation: the quoted cue keeps no content of its own (a quotation may still
complete it) and the closing clause reports the quotation."""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_of
from .tables import words_of


def opens_past_its_quotation(token: Token, start: int) -> bool:
    """Whether the content starting at character ``start`` opens with a mark closing the quotation
    that opens the sentence and holds the cue ``token``."""
    doc = token.doc
    # (a quotation opening the sentence: not a scare quote's, 'he "sort of hopes" the bubble bursts'; tested
    # first, on the words' table, as most sentences open with none: the tests below make Tokens of the words)
    sent, words = sentence_of(token), words_of(doc).text
    at = next((i for i in range(sent.start, token.i) if not words[i].isspace()), None)  # (``Token.is_space``)
    opener = doc[at] if at is not None else None
    if opener is None or not opener.is_quote:
        return False
    first = next((t for t in doc[token.i + 1 : min(len(doc), token.i + 60)] if t.idx >= start), None)
    if first is None or first.idx != start:
        return False
    marks = [first]  # ('... 'Go home,'" the guard said': the inner quotation's mark, then the outer one's)
    while marks[-1].is_quote and marks[-1].i + 1 < len(doc) and doc[marks[-1].i + 1].is_quote:
        marks.append(doc[marks[-1].i + 1])
    return any(t.text == "\u201d" and opener.text == "\u201c" or t.text in _STRAIGHT and _closes(t, token) for t in marks)


def _closes(mark: Token, cue: Token) -> bool:
    """Whether a mark that may open or close (straight marks, the tagger's reading of them being
    unreliable: '"I said, 'No,'" Okoye recalled') closes a quotation opened before the cue: an odd
    number of such marks from the sentence's start to the cue, none between the cue and it."""
    doc = cue.doc
    before = sum(1 for t in doc[cue.sent.start : cue.i] if t.text == mark.text)
    return before % 2 == 1 and not any(t.text == mark.text for t in doc[cue.i + 1 : mark.i])


#: marks that may open or close a quotation (curly ones say which they do)
_STRAIGHT = frozenset(['"', "'", "''", "`", "``"])
