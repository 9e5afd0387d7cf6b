"""A participle of saying after 'in' hung on what a copula says of its subject, for
``participles.participle_subject``: 'The mayor has been the most vocal in denouncing the plan', 'She
was the first in calling for a recount'. The parser reads the superlative as a noun attribute of the
copula ('been ... vocal' as 'attr'), which the climb to a subject does not pass, so the participle
got no speaker; the one who is 'the most vocal in' saying something is the copula's subject. Only
after 'in' and only with a form of 'be': 'a leader in saying X' or 'the vote in announcing Y' hung
on other verbs keep the parser's reading. Only a superlative or a rank ('the most vocal', 'the loudest',
'the first', 'the only one'): 'The tutor is an expert in explaining calculus', 'He was a pioneer in
announcing prices online' tell of a skill or a habit, and 'the best in answering questions' of how well
it is done, not of words said."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import subject_of

#: the ranks that say who went first or alone ('the first in calling for X')
_RANKS = frozenset(["first", "last", "only", "lone", "sole"])
#: the superlatives of quality, which say how well a thing is done ('the best in answering questions')
_QUALITY = frozenset(["best", "worst", "finest", "quickest", "fastest"])


def _ranked(predicate: Token) -> bool:
    """'the most vocal', 'the loudest', 'the first': a superlative or a rank (not one of quality), or a noun it holds."""
    words = [predicate, *(c for c in predicate.children if c.dep_ in ("amod", "advmod") and c.i < predicate.i)]
    return not any(w.lower_ in _QUALITY for w in words) and any(
        w.tag_ in ("JJS", "RBS") or w.lower_ in _RANKS for w in words)


def predicate_holder(verb: Token) -> Token | None:
    """The subject of the copula whose attribute the 'in'-phrase holding ``verb`` hangs on (see the module)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.lower_ != "in":
        return None
    predicate = verb.head.head
    if predicate.dep_ != "attr" or predicate.head.lemma_ != "be" or predicate.i > verb.head.i or not _ranked(predicate):
        return None
    return subject_of(predicate.head)
