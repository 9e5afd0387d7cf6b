"""Time phrases of a figure's sentence that are not the figure's time.

A time inside a clause set off to tell of something else dates that thing, not the count: "The
mill, which opened in 1998, employs 400 people", "Founded in 1952, the co-op has 8,000 members",
"the bridge, damaged by floods in March, carries 30,000 cars a day". A clause on the figure's own
noun is the figure's ("the 400 homes built in 2019"), and so is one that picks out what the figure
rests on ("74%, according to a poll released last week"). And the window of a comparison is no
time at all: "fell for the first time in 20 years", "the first delivery in four months"; nor is how long the
verb joined to the figure's lasted ("banned for three years and jailed for 16 months": neither is the other's). A time
right after a forecast's word, where the figure's verb is still to come, is when the forecast was
made: "will cut 300 jobs, fewer than the 450 forecast in July" (the parser may hang it on "cut",
and ``coming`` would then move it to next July; ``figures/forecast_words``). A time in what an
opening clause with no subject asks or says, before the main verb, is the question's or the words'
("Asked how they would vote tomorrow, 41% chose X": the vote's, not the answers'), and so is one in
what an opening participle of asking is asked about ("Questioned about plans for next year,"); the
opening verb's own time stays ("Asked on Monday how they would vote", "Speaking on Tuesday"), and a
participle of asking is no aside on the subject but when the counted answered ("Asked in April, 52%
backed it": ``figures/respondent_participles``).
``foreign`` walks up the heads from the phrase (a few steps), never over the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .deadlines import to_come
from .history import ANNIVERSARY, dates_figure

__all__ = ["foreign"]

#: a stretch that says how long, not when ("in 20 years", "in a decade", "in the past decade")
_WINDOW = re.compile(r"(?:in|for|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:\S+\s+)?"
                     r"(?:days?|weeks?|months?|years?|decades?)", re.IGNORECASE)
#: words that make a stretch the window of a comparison ("the first in", "its lowest in")
_RANKS = frozenset({"first", "last", "only"})


def foreign(anchor: Token, start: int, end: int, text: str) -> bool:
    """Whether the time ``text`` at characters ``start``-``end`` belongs to another clause than
    the figure whose word is ``anchor``, or is a comparison's window."""
    span = anchor.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    if _WINDOW.fullmatch(text) and _ranked(word.head):
        return True  # "for the first time in 20 years"
    if _forecast_made(anchor, span):
        return True  # "will cut 300 jobs, fewer than forecast in July"
    if text.lower().startswith("for ") and _other_conjunct(anchor, word):
        return True  # "banned for three years and jailed for 16 months": how long each lasted
    if ANNIVERSARY.fullmatch(text):
        return not dates_figure(anchor, start, end)  # "the 75th anniversary of the flood, which killed 312"
    line = {anchor, *anchor.ancestors}
    own = {anchor, anchor.head} if anchor.head.pos_ in ("NOUN", "PROPN") else {anchor}  # the counted noun
    for _ in range(8):
        if word in line or word.head.i == word.i:
            return False
        if word.dep_ in ("relcl", "acl") and _aside(word) and word.head not in own or _opening(word):
            return True  # ", which opened in 1998,", ", damaged by floods in March,", "Founded in 1952,"
        if _asked(word, word.i == span.root.i):
            return True  # "Asked how they would vote tomorrow,", "Questioned about plans for next year,"
        word = word.head
    return False


def _other_conjunct(anchor: Token, word: Token) -> bool:
    """Whether ``word`` (a stretch's word) and ``anchor`` (the figure's) sit in two verbs joined by 'and', each in
    its own ("banned from driving for three years and jailed for 16 months"): how long one lasted is no time of the
    other."""
    line = [anchor, *anchor.ancestors]
    path = [word, *word.ancestors]
    for first, second in ((path, line), (line, path)):
        joined = next((t for t in first if t.dep_ == "conj" and t.pos_ == "VERB"), None)
        if joined is not None and joined not in second and joined.head in second:
            return True
    return False


def _aside(clause: Token) -> bool:
    """A clause set off by a comma on a subject tells of it ("The mill, which opened in 1998,");
    one that picks the noun out, or hangs on a noun of a phrase ("In the poll, conducted in
    early September,"), dates what the figure rests on."""
    return clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == "," and \
        clause.head.dep_ in ("nsubj", "nsubjpass")


def _opening(clause: Token) -> bool:
    """A participle without a subject that opens the sentence tells of its subject ("Founded in 1952, the co-op")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < clause.head.i and \
        clause.lower_ not in word_set("figures/respondent_participles") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in clause.children)


def _asked(content: Token, time: bool) -> bool:
    """What an opening clause with no subject asks or says, all of it before the main verb ("Asked how they would
    vote tomorrow,", "Warning that prices would rise in May,"), and all a participle of asking is asked about but its
    own time (``time``: the phrase hangs on it, "Asked in April,"): the question's time or the words'."""
    opener = content.head
    if opener.dep_ != "advcl" or opener.right_edge.i >= opener.head.i or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in opener.children):
        return False
    return content.dep_ == "ccomp" or not time and opener.lower_ in word_set("figures/respondent_participles")


def _ranked(word: Token) -> bool:
    """"time" in "the first time", "delivery" in "the first delivery", "lowest": a rank or a superlative."""
    return word.tag_ in ("JJS", "RBS") or any(c.lower_ in _RANKS or c.tag_ == "JJS" for c in word.children)


def _forecast_made(anchor: Token, span: Span) -> bool:
    """A time right after a forecast's word ("than forecast in July") in a sentence whose verb
    of the figure is still to come: when the forecast was made."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in word_set("figures/forecast_words"):
        return False
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and to_come(verb)
