"""The words after a colon that closes a reported clause, which spell it out and belong to it.

'The mayor said the budget has one flaw: it leaves the parks unfunded.' The colon ends the
reported clause mid-sentence, and the clause or list after it says what the speaker's words
stated ('the flaw'), so it is part of the content. ``trailing.hung_past_a_colon`` handles the
parse that hung the whole sentence on the words after the colon; this handles the others, where
the content stops at the colon. Not when a quotation or another source's report follows the colon
('said so: "We will appeal"', 'says so: a poll in May found Y'), nor after a cue set after its
content, nor inside a quotation.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ..sentences import sentence_of
from .kids import children_of
from .lexicon import active_lexicon
from .tables import starts_of, text_of
from .word_forms import listed


def past_a_closing_colon(verb: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the last run on over a colon right after it to the end of the sentence."""
    if not spans or spans[-1][0] < verb.idx:
        return spans
    doc, end = verb.doc, spans[-1][1]
    sent = sentence_of(verb)
    at = bisect_left(starts_of(doc), end, verb.i, sent.end)  # (the first word at or past the end: words' offsets rise)
    colon = doc[at] if at < sent.end else None
    if colon is None or colon.text != ":" or text_of(doc)[end : colon.idx].strip():
        return spans
    rest = doc[colon.i + 1 : sent.end]
    while len(rest) and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    quotes = [t for t in doc[sent.start : sent.end] if t.is_quote]
    if len(rest) < 2 or any(t.i > colon.i for t in quotes) or len(quotes) % 2:
        return spans
    lemmas = active_lexicon().verb_lemmas
    if any(listed(t, lemmas) and t.pos_ in ("VERB", "AUX")
           and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t)) for t in rest):
        return spans  # (another's report: 'says so: Y, in 2013, questioned Z')
    return [*spans[:-1], (spans[-1][0], rest[-1].idx + len(rest[-1]))]
