"""Who passes on a report by quoting its speaker: 'The paper quoted the minister as saying X',
'"...," one of the diplomats quoted Tanabe as saying'. The speaker is the one quoted (the object
of 'quoted', ``verbs._controller``); the one who quoted is the record's relay (``relayed_by``),
and the words from it to 'quoted' are part of the cue clause a quotation before it completes."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import trim

#: verbs that pass on what their object said with 'as saying': 'quoted X as saying', 'cited X as saying'
RELAYING = frozenset(["quote", "cite", "report"])


def relaying_verb(verb: Token) -> Token | None:
    """The 'quoted' of 'quoted X as saying' when ``verb`` is its 'saying', else None."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in RELAYING:
        return verb.head.head
    return None


def relay(text: str, verb: Token) -> tuple[tuple[int, int], str] | None:
    """The characters from the relay's first word to 'quoted' and the relay's words ('one of
    the diplomats'), for the 'saying' of 'X quoted (cited, reported) Y as saying'; None for any other verb or
    when 'quoted' has no subject before it."""
    quoting = relaying_verb(verb)
    if quoting is None:
        return None
    subject = next((c for c in quoting.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # ('he quoted her as saying X': who 'he' is, the speaker resolver does not say here)
    start, end = trim(text, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    if start >= end:
        return None
    return (start, quoting.idx + len(quoting)), text[start:end]
