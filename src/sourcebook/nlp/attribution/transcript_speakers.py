"""Whose turns a transcript's labels are: 'MARIA LOPEZ:' and then 'LOPEZ:' are one speaker's, named in full at
the first turn and by the surname after it, as a panel's or a hearing's transcript sets them down. A speaker who
takes two turns makes the page a transcript (``markers._transcript_label``), so the others' single turns are
theirs too ('DEV KAPOOR:' between 'MARIA LOPEZ:' and 'LOPEZ:'), however the labels spell that one speaker.
A call's operator takes turns too ('OPERATOR: Our next question comes from X'), but only runs the call: its lines
hand the floor on and report nothing (``attribution/call_operators.txt``), nor does its own 'I' or 'we' inside them
('OPERATOR: I would now like to turn the call over to X')."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .tables import text_of
from .time_stamps import STAMP

#: a turn's label opening its line, after a time stamp ('OPERATOR:', '[09:02] Operator:')
_LABEL = re.compile(rf"{STAMP}?([A-Za-z][A-Za-z .]{{0,40}}?):\s")


def same_speaker(label: str, other: str) -> bool:
    """Whether two labels name one speaker: the same words, or one the other's last words ('LOPEZ', 'MARIA LOPEZ')."""
    return label == other or label.endswith(" " + other) or other.endswith(" " + label)


def turns_of(labels: list[str], label: str) -> int:
    """How many of a transcript's ``labels`` (one a turn) are the turns of the speaker ``label`` names."""
    return sum(same_speaker(label, other) for other in labels)


def operator_turn(before: Span) -> bool:
    """Whether the words before a turn's colon name the call's operator ('OPERATOR:', 'Conference Operator:')."""
    return " ".join(t.lower_ for t in before if t.is_alpha) in word_set("attribution/call_operators")


def operator_speaks(subject: Token) -> bool:
    """Whether ``subject`` is a call operator's own 'I' or 'we' in its turn ('OPERATOR: I would now like to turn the
    call over to Dana Pell'): the operator reports nothing, whatever verb it runs the call with."""
    if subject.lower_ not in ("i", "we"):
        return False
    text = text_of(subject.doc)  # (Doc.text makes a Token of every word, on each call)
    label = _LABEL.match(text, text.rfind("\n", 0, subject.idx) + 1, subject.idx)
    return label is not None and " ".join(label.group(1).lower().split()) in word_set("attribution/call_operators")
