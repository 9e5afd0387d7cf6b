"""A topic after a cue's preposition whose last word the parser read as a gerund of the cue's own:
'Utility warns of winter load shedding', 'The union spoke of cost cutting'. A compound noun ending in
'-ing' ('load shedding', 'cost cutting') after 'warns of' is cut at its last noun, the '-ing' word hung
on the cue as a clause of its own; right after the topic, with no comma between and no subject of its
own, it is the topic's last word, and the content goes on over it (and over what it holds). Not a
gerund after a comma ('warned of delays, citing X': the speaker's next act) nor one with a subject."""

from __future__ import annotations

from spacy.tokens import Token

from .char_spans import words_in
from .kids import children_of
from .syntax import subtree_span

Spans = list[tuple[int, int]]


def gerund_end(text: str, verb: Token, found: Spans) -> Spans:
    """``found`` with its last span grown over a gerund of ``verb`` right after it, when that span is the
    object of a preposition on ``verb``."""
    doc = verb.doc
    start, end = found[-1]
    last = words_in(doc, start, end, "expand")
    if last is None or not len(last) or last.end >= len(doc) or last.start == 0:
        return found
    before, after = doc[last.start - 1], doc[last.end]
    if before.pos_ != "ADP" or before.head.i != verb.i or before.i < verb.i:
        return found
    if after.tag_ != "VBG" or after.head.i != verb.i or after.dep_ not in ("advcl", "xcomp", "acl") or (
            text[end : after.idx].strip()):
        return found
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in children_of(after)):
        return found  # ('warned of delays while waiting X')
    return [*found[:-1], (start, subtree_span(after)[1])]
