"""Which report an outlet's 'according to' credit relays ('X said Y, according to NBC News': the outlet
relays X's statement and is no attribution of its own, ``build._fold_outlet_credits``). Not a participle of
saying hung on a noun inside what the outlet reports ('Clinton clinched the nomination when superdelegates
declaring support for her pushed her total over the line, according to The Associated Press'): that report
is a part of the outlet's, no statement the outlet passes on, and folding the credit into it made the
outlet's report vanish with it whenever the ranker dropped the inner one (PolNeAR train marks the outlet's)."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidate import Candidate

#: a participle or a clause hung on a noun
_ON_A_NOUN = frozenset(["acl", "relcl"])


def relays(doc: Doc, credit: Candidate, host: Candidate) -> bool:
    """Whether the outlet credited by ``credit`` relays ``host``'s report: not when the host's cue is a
    participle or a clause on a noun inside the credit's content."""
    if host.cue is None:
        return True
    span = doc.char_span(host.cue[0], host.cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return True
    verb = doc[host.verb] if host.verb is not None else span.root
    inside = any(s <= host.cue[0] and host.cue[1] <= e for s, e in credit.contents)
    return not (inside and verb.dep_ in _ON_A_NOUN and verb.head.pos_ in ("NOUN", "PROPN", "PRON"))


def outlet_name(written: str) -> str:
    """An outlet's name as a credit writes it, its article left out: 'the AP' -> 'AP'; 'The Independent' stays as
    written (moved from ``build``, whose ``_fold_outlet_credits`` reads it)."""
    return written.removeprefix("the ").removeprefix("a ").strip()
