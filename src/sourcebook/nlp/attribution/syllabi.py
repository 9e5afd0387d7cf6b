"""A course outline's plan: 'This week we will discuss how newspapers choose the news', 'In week two we
examine why X', 'Students will explain how Y'. What a class will take up (``course_verbs.txt``), with
'we' or the students for subject, is the plan of the course and no one's words - on a page headed by
its weeks or sessions ('Week 3: ...', 'Session 2 - ...') or in a sentence that names the week or the
session ('this week', 'in week two', 'in this module'). Not 'The council will discuss how to pay for
it' (no class), nor 'We will discuss how to respond, the minister said' on a news page. For
``noncues.not_a_cue``."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .tables import text_of

_VERBS = word_set("attribution/course_verbs")
#: the class itself as the subject ('we', 'students will explain')
_CLASS = frozenset(["we", "students", "learners", "participants", "pupils", "class"])
_UNITS = r"(?:week|session|lecture|module|unit|seminar|class|lesson|term|semester|course|workshop)"
#: a line heading a unit of the course ('Week 3: Reading the press', 'Session 2 - Polls', 'Module outline')
_HEADING = re.compile(rf"^[ \t]*(?:{_UNITS}[ \t]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                      r"|(?:course|module)[ \t]+(?:outline|overview|plan)\b|syllabus\b)", re.I | re.M)
#: the unit named in the sentence ('this week', 'in week two', 'in this module', 'next session')
_UNIT = re.compile(rf"\b(?:(?:this|next|that|each|the first|the final|the last)[ \t]+{_UNITS}"
                   rf"|{_UNITS}[ \t]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))\b", re.I)
_PAGES: WeakKeyDictionary[Doc, bool] = WeakKeyDictionary()


def course_plan(verb: Token) -> bool:
    """Whether ``verb`` is what a class will take up in a course's outline ('we will discuss how X')."""
    if verb.lemma_.lower() not in _VERBS or verb.tag_ not in ("VB", "VBP"):
        return False  # (the future's bare verb or the present: 'we examine'; not 'we discussed', an account)
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if not any(c.dep_ == "nsubj" and c.lower_ in _CLASS for c in first.children):
        return False
    sentence = first.doc[first.left_edge.i : verb.right_edge.i + 1]
    lead = first.doc[max(0, first.left_edge.i - 6) : first.i]
    return _course_page(verb.doc) or _UNIT.search(lead.text) is not None or _UNIT.search(sentence.text[:80]) is not None


def _course_page(doc: Doc) -> bool:
    """Whether the page heads lines with its weeks or sessions ('Week 3: ...')."""
    found = _PAGES.get(doc)
    if found is None:
        found = _PAGES[doc] = _HEADING.search(text_of(doc)) is not None
    return found
