"""The one told read as a noun of the reported clause's subject in a headline: 'Nurse tells inquest ward was
short of staff', 'Minister tells MPs plan will work'. With no 'that' and no determiner, the parser takes the
addressee for a compound modifier of the next noun ('inquest ward', 'MPs plan'), so the clause seemed to open with
it; what was said opens after it. Only a body that hears evidence (``audience_nouns.txt``) or a plural noun (a
noun modifying another is singular: 'flood defences') right after a verb of telling."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: the tags of a plural noun, which as the first of two nouns is the one told, not a modifier
_PLURALS = frozenset(["NNS", "NNPS"])


def addressee_read_as_compound(lex: Lexicon, verb: Token, clause: Token) -> Token | None:
    """The first word of what was said when the cue's clause opens with the one told read as a compound of its
    subject (see the module), else None."""
    if verb.lemma_.lower() != "tell" or clause.i < verb.i:
        return None
    first = clause.left_edge
    if first.i != verb.i + 1 or first.dep_ not in ("compound", "amod") or first.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if first.head.head.i != clause.i or first.head.i != first.i + 1:
        return None
    # (a body may be read as an adjective: 'tells inquest man was X')
    audience = first.lower_ in lex.audience_nouns or first.lemma_.lower() in lex.audience_nouns
    return first.nbor(1) if audience or first.dep_ == "compound" and first.tag_ in _PLURALS else None


def past_an_addressee_compound(lex: Lexicon, verb: Token, after: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """``span``, the first content of the cue's clauses ``after`` it, opened past the one told (see the module)."""
    opening = addressee_read_as_compound(lex, verb, after[0]) if after else None
    return (opening.idx, span[1]) if opening is not None and span[0] <= opening.idx < span[1] else span
