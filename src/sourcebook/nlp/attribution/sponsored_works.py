"""A programme, an episode or an event paid for by a sponsor, no stance and no words (for ``senses.other_sense``):
'support', 'sponsor', 'back', 'fund' or 'underwrite' in the passive with its 'by', a work or an event for subject
('This episode is supported by Northlight Energy', 'The festival is backed by the Arts Council'; ``sponsored_works.txt``).
Podcast pages, broadcasters' write-ups and arts listings close with such a line. Not a person, a bill or a plan
backed ('Clinton is supported by most women', 'The bill is backed by 40 senators'), which PolNeAR counts, nor an
active verb ('Voters back the festival')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of

_WORKS = word_set("attribution/sponsored_works")
_PAYING = frozenset(["support", "sponsor", "back", "fund", "underwrite"])


def sponsored_work(verb: Token) -> bool:
    """Whether ``verb`` is a passive of paying for a work or an event, with its payer ('is supported by X')."""
    return verb.lemma_.lower() in _PAYING and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(verb)) and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _WORKS for c in children_of(verb))
