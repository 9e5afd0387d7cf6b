"""A state of counted people written as a phrase, not a verb: "1.1 million people were out of
work", "the number of people out of work rose to 1.6 million", "the number of unemployed people
fell to 1.27 million".

A figure's predicate is its verb. After a copula or a verb of state ("remained", "spent the night") the verb says
nothing: what happened to the people is the phrase that follows it ("out of work", "without power"), read only when
the phrase as written is a happening of people in the measures table. A verb that moves the level
of "the number of <people>" only moves it: what the people are is the adjective before the noun
("unemployed", "displaced") or the phrase after it ("out of work"), again only when the table
lists it. ``context.find_predicate`` and ``context.predicate_text`` call this module, so that
``reconcile.measures`` compares these counts with "820,000 people were unemployed".
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import happenings
from .figure_lexicon import context

__all__ = ["copula_state", "counted_state"]

_CLASSES = happenings()
# only what happens to people: "the number of registered voters" names no count's happening
_WORDS = frozenset(w for c in _CLASSES.values() if c.get("implies") == "people" or "people" in c.get("units", ())
                   for w in c["words"])
_LONGEST = max((len(w.split()) for w in _WORDS), default=1)


def _phrase(head: Token) -> str | None:
    """The preposition phrase on ``head`` whose first words are a happening of people ("out of
    work in Keldavia" -> "out of work"), else None."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i < head.i:
            continue
        words = [t.lower_ for t in prep.doc[prep.i:prep.right_edge.i + 1][:_LONGEST]]
        for n in range(len(words), 1, -1):  # a preposition alone is no state
            if (text := " ".join(words[:n])) in _WORDS:
                return text
    return None


def copula_state(tok: Token) -> str | None:
    """"out of work" for the copula of "1.1 million people were out of work", "without power" for the
    verb of state of "8,200 homes remained without power" (``measures.json`` scope ``state_verbs``), else None."""
    return _phrase(tok) if tok.lemma_ == "be" or tok.lemma_.lower() in context().state_verbs else None


def counted_state(tok: Token) -> str | None:
    """What "the number of <people>", the subject of ``tok``, says the people are: "unemployed"
    for "the number of unemployed people fell", "out of work" for "the number of people out of
    work rose"; None when the subject is no such number or says nothing the table lists."""
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "number"), None)
    if subject is None:
        return None
    for noun in (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"):
        adjective = next((c.lower_ for c in noun.lefts if c.dep_ == "amod" and c.tag_ in ("JJ", "VBN")
                          and c.lower_ in _WORDS), None)
        if adjective is not None:
            return adjective
        if (phrase := _phrase(noun) or _phrase(subject)) is not None:
            return phrase  # the parser hangs "out of work" on the noun or on "number"
    return None
