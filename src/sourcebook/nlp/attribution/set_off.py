"""A verb joined by 'and' after an aside set off by brackets or dashes is the main clause's:

    The governor called the plan "reckless" (although she allowed that parts had merit) and promised a veto.
    Mr. Hale logged on to his blog - as he so often does - and accused the council of lying.
    The mayor called it reckless - "It's a mess," she said - and promised a veto.

The parser joins 'promised' and 'accused' to the last verb inside the aside ('had', 'does'), so
the report borrowed the aside's subject ('parts', 'he') or none; the aside closes before
'and', so the verb joins the clause the aside is set in ('called', 'logged'), whose subject
is the report's ('The governor', 'Mr. Hale'). When the aside is a quotation with its own cue,
the parser may root the sentence in that cue and hang the opening clause on it: the opening
clause is the host ('The mayor', not the aside's 'she'). When the parser hung the aside on the sentence's root,
the clause the aside opens right after, with a subject of its own and the verb's tense, is the host: 'The rejection
was complete when Trump called them "rapists" (although he allowed X) and promised Y' is Trump's, not the rejection's.

A verb in the past or present tense joined by 'and' to a bare verb after a modal can share neither the modal nor its
subject: 'Mr. Vane backpedaled on his forecast that prices would fall within a year, and blamed the strikes' is Mr.
Vane's; the parser joined 'blamed' to 'fall' ('prices'); the verb of that tense above the modal's clause is the host.
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

_PAIRS = {")": "(", "\u2014": "\u2014", "\u2013": "\u2013", "--": "--", "-": "-"}


def host_past_the_aside(verb: Token) -> Token | None:
    """The verb of the clause an aside closed right before ``verb``'s 'and' is set in, or None."""
    if verb.dep_ != "conj" or verb.i < 2:
        return None
    if (past := _past_a_modal(verb)) is not None:
        return past
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
    elif host is not None:
        host = _clause_before(verb, start, host) or host
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


def _clause_before(verb: Token, opener: int, host: Token) -> Token | None:
    """The verb under ``host`` whose clause ends right where the aside opens, with a subject of its own and
    ``verb``'s tense ('when Trump called them "rapists" (although ...) and promised X': 'called'), or None."""
    if opener == 0:
        return None
    last = verb.doc[opener - 1]
    for token in (last, *last.ancestors):
        if token.i == host.i:
            return None
        if token.pos_ == "VERB" and token.tag_ == verb.tag_ and any(c.dep_ == "nsubj" for c in children_of(token)):
            return token if host in token.ancestors else None
    return None


def _past_a_modal(verb: Token) -> Token | None:
    """The verb of ``verb``'s tense above the modal clause whose bare verb the parser joined ``verb`` to, or None."""
    head = verb.head
    if verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or head.i > verb.i or head.dep_ not in ("ccomp", "acl", "advcl"):
        return None
    kids = children_of(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids) or not any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head)):
        return None
    return next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX") and t.tag_ == verb.tag_), None)
