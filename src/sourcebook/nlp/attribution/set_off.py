"""A verb joined by 'and' after an aside set off by brackets or dashes is the main clause's:

    The governor called the plan "reckless" (although she allowed that parts had merit) and promised a veto.
    Mr. Hale logged on to his blog - as he so often does - and accused the council of lying.
    The mayor called it reckless - "It's a mess," she said - and promised a veto.

The parser joins 'promised' and 'accused' to the last verb inside the aside ('had', 'does'), so
the report borrowed the aside's subject ('parts', 'he') or none; the aside closes before
'and', so the verb joins the clause the aside is set in ('called', 'logged'), whose subject
is the report's ('The governor', 'Mr. Hale'). When the aside is a quotation with its own cue,
the parser may root the sentence in that cue and hang the opening clause on it: the opening
clause is the host ('The mayor', not the aside's 'she').
"""

from __future__ import annotations

from spacy.tokens import Token

_PAIRS = {")": "(", "\u2014": "\u2014", "\u2013": "\u2013", "--": "--", "-": "-"}


def host_past_the_aside(verb: Token) -> Token | None:
    """The verb of the clause an aside closed right before ``verb``'s 'and' is set in, or None."""
    if verb.dep_ != "conj" or verb.i < 2:
        return None
    doc = verb.doc
    close = doc[verb.i - 2] if doc[verb.i - 1].dep_ == "cc" else None
    if close is None or close.text not in _PAIRS or not verb.head.i < close.i:
        return None
    opener = _PAIRS[close.text]
    start = next((t.i for t in reversed(doc[max(0, verb.head.i - 60) : verb.head.i]) if t.text == opener
                  or t.is_sent_start), None)
    if start is None or doc[start].text != opener:
        return None
    inside = verb.head
    while start < inside.head.i < close.i and inside.head.i != inside.i:
        inside = inside.head
    host: Token | None = inside.head
    if host is not None and host.i == inside.i:
        host = _host_under_the_aside(inside, start)
    if host is None or host.i == inside.i or start <= host.i <= close.i or host.pos_ not in ("VERB", "AUX"):
        return None
    return host


def _host_under_the_aside(aside: Token, opener: int) -> Token | None:
    """'The mayor called it reckless - "It's a mess," she said - and promised a veto': the parser
    made the aside's verb ('said') the sentence's root and hung the clause opening the sentence on
    it as its report; that clause ('called'), whose subject opens the sentence, is the host."""
    doc = aside.doc
    first = opener
    while first > 0 and not doc[first].is_sent_start:
        first -= 1
    for token in doc[first:opener]:
        if token.dep_ == "ccomp" and token.pos_ in ("VERB", "AUX") and aside in token.ancestors:
            subject = next((c for c in token.lefts if c.dep_ == "nsubj"), None)
            return token if subject is not None and subject.left_edge.i == first else None
    return None
