"""What a refusal withholds: a verb of saying ('declined to comment', 'refused to say where'), of
making public ('declined to disclose the price', 'refused to release the figures'), or of naming
('declined to name the buyers', 'would not identify them'). Joined to a report with 'but', such a
refusal is the reporter's act, not part of the report ('said two bidders had come forward but
declined to name them', for ``tails``); a refusal of anything else stays the clause's ('said the
minister was invited but declined to attend')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def withheld(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``, the infinitive after a verb of refusing, is one of saying, making public or naming."""
    lemma = verb.lemma_.lower()
    return lemma in lex.speech or lemma in lex.releasing_verbs or lemma in lex.anonymity_verbs
