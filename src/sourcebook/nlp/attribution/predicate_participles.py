"""A participle of saying after 'in' hung on what a copula says of its subject, for
``participles.participle_subject``: 'The mayor has been the most vocal in denouncing the plan', 'She
was the first in calling for a recount'. The parser reads the superlative as a noun attribute of the
copula ('been ... vocal' as 'attr'), which the climb to a subject does not pass, so the participle
got no speaker; the one who is 'the most vocal in' saying something is the copula's subject. Only
after 'in' and only with a form of 'be': 'a leader in saying X' or 'the vote in announcing Y' hung
on other verbs keep the parser's reading."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import subject_of


def predicate_holder(verb: Token) -> Token | None:
    """The subject of the copula whose attribute the 'in'-phrase holding ``verb`` hangs on (see the module)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.lower_ != "in":
        return None
    predicate = verb.head.head
    if predicate.dep_ != "attr" or predicate.head.lemma_ != "be" or predicate.i > verb.head.i:
        return None
    return subject_of(predicate.head)
