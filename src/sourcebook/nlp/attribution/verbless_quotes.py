"""A quotation with no verb of its own before a speaker, an aside and the cue: '"Not tonight," the
old porter, waving his hand, sighed.' The parser keeps the cue the sentence's head but hangs the
speaker on the quoted words (an apposition of 'tonight') and the aside with it, so the cue has no
subject. ``hung_cues`` mends it as it mends a cue hung under the quotation; this finds the quoted
words' head: the one word of the quotation hung on the cue, which has no subject of its own, while
the cue has none either (not '"Not tonight," the porter said, waving his hand', whose cue has one)."""

from __future__ import annotations

from spacy.tokens import Token

#: what a cue with a subject of its own has
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "expl"])


def verbless_quotation(verb: Token, close: int) -> Token | None:
    """The head of the quoted words before the closing mark at ``close``, when the cue ``verb`` heads
    the sentence without a subject and the noun phrase after the mark hangs on those words."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    start = verb.sent.start  # (once, not per child: ``Token.sent`` walks the Doc; a mend, so not the cached table)
    inside = [c for c in verb.children if start < c.i < close and not c.is_punct]
    if len(inside) != 1 or any(c.dep_ in _SUBJECTS for c in inside[0].children):
        return None
    quoted = inside[0]
    hung = [c for c in quoted.children if close < c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    return quoted if hung else None
