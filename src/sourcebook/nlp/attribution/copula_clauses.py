"""A clause that says what an adjective of a stance holds, hung by the parser on the copula before
the adjective instead of on the adjective: 'The coach is adamant that the referee was wrong' (the
parser knows 'adamant' poorly and reads 'that X' as a second clause of 'is'), or, with no 'that',
as a conjunct of the copula ('The landlord was adamant the rent would not rise': no 'and' before it).
The clause right after the adjective is its content, as for 'is confident that X' (for
``nouns.adjective_cue``); a clause further on, past other words, is the copula's own ('is adamant,
and everyone knows it'), and a conjunct that is a report set after the words ('The players were tired, the
coach said', its comma lost) is that report's cue."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def clause_on_copula(lex: Lexicon, adj: Token) -> Token | None:
    """The clause complement of the copula ``adj`` is the attribute of that opens right after it
    ('is adamant that X', 'was adamant X'), else None."""
    if adj.dep_ != "acomp":
        return None
    return next((c for c in adj.head.children if c.left_edge.i == adj.i + 1 and (c.dep_ == "ccomp" or (
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "nsubj" for g in c.children)
        and c.lemma_.lower() not in lex.speech))), None)
