"""The layout of an interview set down as questions and answers: which line labels ask and which answer.

A Q-and-A opens its lines with labels: 'Q:' and 'A:', or the interviewer's ('Interviewer:',
'The Ledger:', 'Marsh:') and the interviewee's ('Solberg:', 'Fennimore:'). A label asks when
half its turns or more end with a question mark and another label speaks after each of them (or
it is 'Q'), its turn closing the page aside (a host's sign-off: 'PRESENTER: We'll have to leave
it there.'); the labels speaking right after its turns answer ('A' after 'Q'). The questions
are the publication's own voice, no statement of anyone's ('The Ledger: You cut 600 jobs.'
is a question too); each answer is the interviewee's own words, however short ('Fennimore:
Every day of it.'). ``markers`` reads the labels from this, and ``answers`` the one who answers.
A transcript of speakers who do not take turns at asking ('BAPTISTE: ...', 'HARRIS: ...') has
no such layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import word_set

#: a labelled line: up to four capitalised words ('The Ledger', 'Interviewer', 'Q'), perhaps a bracket after them
#: ('CALLER (Gail, Northby)', 'MARY HALL (Minister)'), and a colon
# ('Q.' and 'A.' too: a court's record, whose other labels then answer no question), opening a line or a
# quoted paragraph ('"WALLACE: ...')
_LINE = re.compile(r"^[\"\u201c]?([A-Z][\w'\u2019&-]*\.?(?: [A-Z][\w'\u2019&-]*\.?){0,3}?(?: \([^()\n]{1,40}\))?)"
                   r"(?::|(?<=^[QA])\.)[^\S\n]+(\S[^\n]*)", re.MULTILINE)
_CLOSING = " \t\"'\u201d\u2019"


@dataclass(frozen=True)
class Layout:
    """The labels of a Q-and-A's questions and answers, and where its first question opens."""

    questions: frozenset[str]
    answers: frozenset[str]
    first: int


def _asks(words: str) -> bool:
    return words.rstrip(_CLOSING).endswith("?")


@lru_cache(maxsize=16)
def layout(text: str) -> Layout | None:
    """The Q-and-A layout of ``text``, or None when its lines take no turns at asking."""
    turns = [(m.group(1), m.start(), m.group(2)) for m in _LINE.finditer(text)]
    labels = {label for label, _, _ in turns}
    questions = set()
    for label in labels:
        own = [k for k, turn in enumerate(turns) if turn[0] == label]
        # each of its turns answered by another label ('Q:' then 'A:'; 'Interviewer:' then 'Fennimore:'), but
        # for a sign-off closing the page, which no one answers ('PRESENTER: We'll have to leave it there.')
        answered = all(k + 1 < len(turns) and turns[k + 1][0] != label or k == len(turns) - 1 > 1 for k in own)
        if label == "Q" or answered and len(own) >= 2 and 2 * sum(_asks(turns[k][2]) for k in own) >= len(own):
            questions.add(label)
    answers = {turns[k + 1][0] for k, turn in enumerate(turns[:-1]) if turn[0] in questions} - questions
    # an answering label asks little itself: not a debate's two hosts
    answers = {label for label in answers if 2 * sum(_asks(t[2]) for t in turns if t[0] == label)
               <= sum(t[0] == label for t in turns)}
    if "Q" in questions:
        answers |= {"A"} & labels
    if not answers:
        return None
    first = min(start for label, start, _ in turns if label in questions)
    return Layout(frozenset(questions), frozenset(answers), first)


def label_at(text: str, line: int) -> tuple[str, int] | None:
    """The label of the Q-and-A's line opening at ``line`` and where it starts, if it is one
    of its questions' or answers' ('Solberg' of 'Solberg: I think ...')."""
    found = layout(text)
    match = _LINE.match(text, line) if found is not None else None
    if found is None or match is None or match.start() != line or match.group(1) not in found.questions | found.answers:
        return None
    return match.group(1), match.start(1)


def label_turn(text: str, start: int, label: str) -> bool:
    """Whether ``label``, opening its line at ``start``, is a Q-and-A's label or a transcript's
    that opens two lines or more ('A:', 'MORALES:'): a speaker's turn, however its words open
    ('A: How long the wait was.'), and no heading ('Visa rules: what changes in April')."""
    return text[text.rfind("\n", 0, start) + 1 : start].strip(" \"\u201c") == "" and (
        label_at(text, text.rfind("\n", 0, start) + 1) is not None
        or len(re.findall(rf"^[\"\u201c]?{re.escape(label)}:\s", text, re.MULTILINE)) > 1)


def opens_its_line(text: str, label: str, start: int) -> bool:
    """Whether ``label``, written at ``start``, is the Q-and-A label opening its line."""
    return label_at(text, text.rfind("\n", 0, start) + 1) == (label, start)


#: the one asked, addressed
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
#: the asker speaking of themselves
_ME = re.compile(r"\b(?:I|my|me|mine)\b")


def asks_someone(text: str, found: Layout) -> bool:
    """Whether the Q-and-A's questions are put to someone: one addresses the one who answers
    ('When did you first think about running?'), or none asks in the asker's own person; not a
    page's own questions asked as its reader would ('How do I delete my account?', 'Can I cancel
    my order?'), which the page answers itself."""
    asked = [m.group(2) for m in _LINE.finditer(text) if m.group(1) in found.questions]
    return any(_YOU.search(q) for q in asked) or not any(_ME.search(q) for q in asked)


def unnamed_answer(label: str) -> bool:
    """Whether an answer's label names no one ('A', 'Answer'; ``answer_labels.txt``): its answers are someone
    interviewed only when the page names them before its first question, not a product page's or a FAQ's own
    ('Customer questions and answers', then 'Question: Is the filter removable?' and 'Answer: It lifts out.')."""
    return label in word_set("attribution/answer_labels")


def names_someone(sent: Span) -> bool:
    """Whether a sentence names someone: a proper noun that is no place, date or nationality."""
    return any(t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in ("GPE", "LOC", "DATE", "NORP") for t in sent)


#: a reader's sign-off closing a question line: a dash, then a first name or initials and a place ('- Janet, Leeds')
_SIGNED = re.compile(r"\s[-\u2013\u2014]\s*[A-Z][\w.'\u2019]*(?: [A-Z][\w.'\u2019]*)?,\s*[A-Z][\w .'\u2019-]*$")


def readers_letters(text: str, found: Layout, ahead: Span | None = None) -> bool:
    """Whether the Q-and-A's questions are readers' letters to an advice column, signed off at the
    end of the question line ('Q: Should I pay off my loan? - Janet, Leeds'): the answers are the
    columnist's own words, no one interviewed. Not when the sentence ``ahead`` of the questions is a
    sentence of the story's body that names the one answering ('Dr Vera Lund, a vet, answers your
    questions on pets.', closed by a full stop, not a heading like 'Ask Pat: Rent or buy?'): an
    expert put to readers' questions is someone interviewed, whose answers are theirs."""
    if ahead is not None and ahead.text.strip().rstrip(_CLOSING).endswith(".") and names_someone(ahead):
        return False
    return any(_SIGNED.search(m.group(2).rstrip(_CLOSING)) for m in _LINE.finditer(text) if m.group(1) in found.questions)
