"""A reason or a condition the speaker gave, which the parser hung on the cue verb after the content.

'The mayor called the plan a mistake because few people live near the site', 'threatened to quit unless
the board paid him', 'said he would back her if she won the primary': with no comma before it, a
'because', 'if' or 'unless' clause right after the content of a verb of saying goes on with what was
said, though the parser often makes it the saying's own reason ('because' hung on 'called'). Not after a
one word said ('said little because she was ill': the writer's account of why), nor after a
verb of a stance or an act ('opposed it because X', 'voted against it because Y': the writer's account
of why), nor a clause that holds a report of its own ('because she said X'). A comma sets off the
writer's words ('..., because he thought X' stays out), and so does the anonymity formula's reason
('spoke on the condition of anonymity because they were not authorized to ...'), which is the writer's
account of the source.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ..sentences import sentence_of
from .kids import children_of
from .lexicon import active_lexicon
from .tables import starts_of, text_of
from .word_forms import listed

#: subordinators that open a reason or a condition
_OPENERS = frozenset(["because", "if", "unless"])
#: what may stand between the content and the subordinator: a closing quotation mark or a dash
_QUOTES = frozenset(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "`"])
_GAPS = frozenset(["", '"', "\u201d", "''", "'", "\u2019", "-", "--", "\u2014", "\u2013"])


def past_a_stated_reason(verb: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the last run on over a reason or a condition hung on ``verb`` right after it."""
    lex = active_lexicon()
    if not spans or spans[-1][0] < verb.idx or verb.lemma_.lower() not in lex.speech:
        return spans
    doc, end, sent = verb.doc, spans[-1][1], sentence_of(verb)
    words = text_of(doc)[max(0, spans[-1][0] - 1) : end + 1].strip()
    if words[:1] in _QUOTES and words[-1:] in _QUOTES or words[1:2] in _QUOTES and words[-2:-1] in _QUOTES:
        return spans  # (a quoted name alone, which ``quoted_names`` and ``recalls`` judge: 'recalling "Oat Crisps"')
    if len(words.split()) < 2:
        return spans  # (no clause said, the writer's reason: 'said little because she was ill', 'said yes because X')
    at = bisect_left(starts_of(doc), end, verb.i, sent.end)  # (the first word at or past the end: words' offsets rise)
    opener = next((t for t in doc[at : sent.end] if not t.is_punct and not t.is_space), None)
    if opener is None or opener.lower_ not in _OPENERS or text_of(doc)[end : opener.idx].strip() not in _GAPS:
        return spans
    clause = opener.head if opener.dep_ == "mark" else opener if opener.dep_ == "prep" else None
    if clause is None or clause.head.i != verb.i or clause.dep_ not in ("advcl", "prep") or clause.i < opener.i:
        return spans
    if any(t.lower_ == "anonymity" for t in doc[sent.start : opener.i]) or any(
            listed(t, lex.verb_lemmas) and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t)) for t in clause.subtree if t.i > opener.i):
        return spans  # (nor a report of its own: 'because she said X' is hers)
    last = clause.right_edge
    while last.i > opener.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return [*spans[:-1], (spans[-1][0], last.idx + len(last))]
