"""'Recall' in its other sense: a country recalls its ambassador, a maker recalls its heaters. The
verb reports a memory spoken aloud ('She recalled the night the soldiers came', 'recalled that X'),
but an object that is a person, a role or a product, with nothing after it but where it goes or
comes from, is called back, and says nothing (for ``objects._clausal``)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like


def called_back(lex: Lexicon, lemma: str, obj: Token) -> bool:
    """Whether ``obj`` of 'recall' is one called back: 'recalled its ambassador to Ankara', 'recalled
    the heaters' (a noun of a role, or a plural with a person's or a maker's ending, with no name or
    time in it and no phrase after it but one of place; not 'recalled her opposition to X', nor 'a
    report from the campaign that X')."""
    if lemma != "recall" or obj.pos_ != "NOUN" or obj.ent_type_ or not all(c.lower_ in ("to", "from", "in") for c in obj.rights):
        return False
    word = obj.lemma_.lower()
    return word in lex.role_nouns or obj.tag_ == "NNS" and obj.lower_.endswith(("ers", "ors")) and source_like(lex, obj)
