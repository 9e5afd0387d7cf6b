"""The counted noun of a list article's title, which the parser read as a compound of the source
after it (for ``syntax.source_span``): '10 Things Experts Say You Should Never Put in a Dishwasher',
'Seven foods doctors say you should skip'. The title counts things that the source says something
about ('things [that] experts say ...'), so the source is the noun after the counted one ('Experts'),
not '10 Things Experts'. Only a plural noun of ``list_heads.txt`` with a number before it counts;
a plural noun that does modify the source stays in it ('Two women voters said X')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set

_HEADS = word_set("attribution/list_heads")


def counted_head(token: Token) -> Token | None:
    """The counted list noun the parser hung on the source ``token`` as a compound, or None."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    for child in token.lefts:
        # (a title's 'Mistakes', tagged NNPS, keeps its 's' in its lemma)
        counted = child.lemma_.lower() in _HEADS or child.lower_[:-1] in _HEADS
        if child.dep_ == "compound" and child.tag_ in ("NNS", "NNPS") and counted and (
                child.i > 0 and token.doc[child.i - 1].tag_ == "CD"):
            return child
    return None
