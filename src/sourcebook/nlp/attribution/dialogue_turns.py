"""A quoted question put to someone, then a quoted paragraph with no cue: the other's reply.

'"Are you staying?" Ines asked her sister.' / '"Just the night."': a question whose cue names
the person it was put to (the cue verb's object: 'asked her sister', 'asked the pilot, Ken Sato')
is answered by that person, so the bare quoted paragraph that follows is no continuation of the
asker's statement. Nothing in the text says who answers, so the reply is left to no one rather
than given to the asker (``direct._handed_on``). A question with nobody named ('"Why?" he asked.')
and a statement followed by a bare paragraph still go on with the speaker, as news quotes do; so does
a question put to many ('asked reporters', 'asked the crowd', ``gathering_nouns.txt``): a crowd
answers in no one voice, and the speaker who asks it goes on with the answer of their own.
"""

from __future__ import annotations

from ..lexicon import word_set
from .candidate import Candidate

_MARKS = "\"\u201c"
_ADDRESSEES = frozenset({"dobj", "dative", "iobj"})
_PERSONS = frozenset({"NOUN", "PROPN", "PRON"})
_GATHERINGS = word_set("gathering_nouns")
_NOT_PERSONS = frozenset({"what", "that", "this", "it", "which", "something", "nothing", "question", "questions"})


def answered_question(text: str, cand: Candidate, q_open: int, doc) -> bool:
    """Whether the quotation opening at ``q_open`` opens a paragraph after ``cand``'s paragraph
    and ``cand`` is a quoted question put to someone named by its cue verb's object."""
    if not cand.quoted or not cand.contents or cand.verb is None or cand.cue is None:
        return False
    last = cand.contents[-1]
    if last[1] > q_open or "?" not in text[last[1] - 1 : last[1] + 2]:
        return False  # (the last thing quoted is no question)
    line_start = text.rfind("\n", 0, q_open) + 1
    if line_start <= max(last[1], cand.cue[1]) or text[line_start:q_open].strip():
        return False  # the reply opens a paragraph of its own, after the question's
    verb = doc[cand.verb]
    if any(c.dep_ in _ADDRESSEES and c.pos_ in _PERSONS and c.lower_ not in _NOT_PERSONS and _one(c) for c in verb.children):
        return True
    return _quoted_exchange(text, cand.contents[0][0])


def _quoted_exchange(text: str, start: int) -> bool:
    """Whether the question's paragraph opens with its quotation and so does the paragraph before it
    ('"The road is shut," said the guard.' / '"Since when?" asked Ada.'): a turn put to the one before."""
    line = text.rfind("\n", 0, start) + 1
    if len(text[line:start].strip()) != 1 or text[line:start].strip() not in _MARKS or line == 0:
        return False
    before = text[:line].rstrip()
    previous = before[before.rfind("\n") + 1 :].lstrip()
    return bool(previous) and previous[0] in _MARKS


def _one(addressee) -> bool:
    """Whether the one asked can answer in a voice of their own: not many ('asked reporters', 'asked
    them') nor a gathering ('asked the crowd')."""
    return (addressee.tag_ not in ("NNS", "NNPS") and addressee.lower_ not in ("them", "us", "everyone")
            and addressee.lemma_.lower() not in _GATHERINGS)
