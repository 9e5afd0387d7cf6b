"""A writing verb's document: 'Judge X wrote in a 40-page opinion that Y', 'argued in her dissent
that Y'. The parser hangs the reported clause on the document's noun; the noun is where the verb's
report was made, as 'said in a statement that Y' is (``objects``), not a noun cue of its own
(``nouns``). Only a document a writer owns or brings in ('a', 'her'), not a frame ('wrote in the
belief that Y')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon


def written_in(lex: Lexicon, noun: Token) -> bool:
    """Whether ``noun`` is the document after a writing verb's 'in'."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in lex.writing_verbs and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children))
