"""A condition right after a content, which the parser hung on the cue or made the sentence's main clause:
'promised to cut fares should she win the seat', 'declined to name a successor if the board rejects him'. The
condition is part of what was said, held or refused (the claim is the conditional one), not the circumstance of the
cue; the content goes on over it.

A clause opened by an inverted 'should', 'were' or 'had' with its subject right after it, or by 'if' or 'unless'
after a cue verb that is not a verb of saying (``stated_reasons`` judges those, with their 'because'); with nothing
but a closing quotation mark between the content and it (a comma may set the writer's own aside off); only after a
verb the lexicon lists as a cue and a content of more than one word, the cue itself not conditional ('She would
agree if asked': the condition is on the cue). ``parallel_ends.parallel_end`` asks.

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .char_spans import words_in
from .kids import children_of
from .lexicon import active_lexicon
from .syntax import subtree_span

Spans = list[tuple[int, int]]

_MARKS = frozenset(["if", "unless"])
_INVERTED = frozenset(["should", "were", "had"])
_CONDITIONAL_CUE = frozenset(["would", "could", "might", "will", "can", "may", "'d", "'ll"])
_GAPS = frozenset(["", "'", "''", '"', "\u201d", "\u2019"])


def condition_end(text: str, verb: Token, found: Spans) -> Spans:
    """``found`` with its last span grown over a condition right after it, hung on the cue ``verb`` (or made the
    sentence's main clause, the cue's clause its complement: 'promised to X should he win')."""
    lex = active_lexicon()
    lemma = verb.lemma_.lower()
    if lemma not in lex.cue_verbs or any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_CUE for c in children_of(verb)):
        return found
    doc = verb.doc
    start, end = found[-1]
    content = words_in(doc, start, end, "expand")
    if content is None or len(content) < 2:
        return found
    k = content.end
    while k < len(doc) and doc[k].is_quote:
        k += 1
    if k >= len(doc) or doc[k].idx < end or text[end : doc[k].idx].strip() not in _GAPS:
        return found
    first = doc[k]
    clause = first.head
    hung = clause.dep_ == "advcl" and clause.head.i == verb.i or verb.dep_ == "ccomp" and verb.head.i == clause.i
    if not hung or clause.i < verb.i or clause.left_edge.i < first.i and clause.i != verb.head.i:
        return found
    if not _inverted(clause, first) and not (first.lower_ in _MARKS and first.dep_ == "mark" and lemma not in lex.speech):
        return found
    return [*found[:-1], (start, subtree_span(clause)[1])]


def _inverted(clause: Token, first: Token) -> bool:
    """A clause opened at ``first`` by an inverted auxiliary right before its subject ('should he win')."""
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (first.lower_ in _INVERTED and first.dep_ in ("aux", "auxpass") and subject is not None
            and subject.i == first.i + 1)
