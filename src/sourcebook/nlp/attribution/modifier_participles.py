"""A past participle that modifies the bare plural noun right after it, after a count or 'both', read as
a verb: 'In Guam, 12 pledged delegates were at stake', 'She leads in both pledged delegates and the
popular vote', 'Twelve proposed rules were dropped'. The parser may take the count (or 'both') for the
verb's subject, or leave the participle hanging on the sentence's verb, and the noun for its object or
the subject of its clause, so a verb of the lexicon becomes a cue whose source is a number. Such a
participle names a kind of thing (``modifier_participles.txt``: 'pledged', 'promised', 'reported') and
speaks for no one. Not a participle with a subject that is a word, not a count ('The mayor promised
reforms'), nor one followed by a determiner or a singular noun ('Two pledged support', 'Both promised
the same'), nor 'said' ('Two said taxes would rise'). For ``noncues.not_a_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of

#: the words before such a participle that count the things it modifies
_COUNTS = frozenset(["both"])


def modifies_counted_noun(verb: Token) -> bool:
    """Whether ``verb`` is a listed participle between a count (or 'both') and a bare plural noun."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or not 0 < verb.i < len(doc) - 1:
        return False
    if verb.lower_ not in word_set("modifier_participles"):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if not (before.tag_ == "CD" or before.lower_ in _COUNTS):
        return False
    if after.tag_ != "NNS" or any(c.i < after.i for c in after.children):
        return False  # (a bare plural noun: not 'the delegates', 'their votes')
    # the count is the verb's subject or no subject of it at all (a preposition's object, 'in both')
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != before.i for c in children_of(verb))
