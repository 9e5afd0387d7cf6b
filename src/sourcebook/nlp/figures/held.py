"""A place that says what happened to counted people, written away from the figure's verb.

"The floods have left 2,400 people in shelters": what happened is being in shelters, not
leaving; "the number of people in shelters had fallen to 600": the place rides on the counted
noun, and the verb only moves the level. ``held_place`` gives the predicate as "left in
shelters" / "in shelters" when the place phrase is itself a happening of the lexicon
(``Context.happening_words``), so that "the number of people in Dellin fell" stays as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["held_place"]

#: verbs that put, keep or have the counted people somewhere ("left / kept 300 families in tents", "hospitals had 55
#: patients in intensive care")
_HOLDING = frozenset({"leave", "keep", "have"})


def held_place(tok: Token, happening_words: frozenset[str]) -> str | None:
    """"left in shelters" for "left 2,400 people in shelters", "in shelters" for "the number of
    people in shelters fell", else None."""
    if tok.lemma_.lower() in _HOLDING:
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        # "had" only with the place right after its object: "has 620 beds, 40 of them in intensive care" is no state
        having = tok.lemma_.lower() == "have"
        for holder in objects if having else (tok, *objects):
            if (place := _place(holder, happening_words, having)) is not None and objects:
                return f"{tok.lower_} {place}"
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "number"), None)
    if subject is None:
        return None
    nouns = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"]
    return next((place for noun in nouns if (place := _place(noun, happening_words)) is not None), None)


def _place(head: Token, happening_words: frozenset[str], adjacent: bool = False) -> str | None:
    """The first place phrase on ``head`` that names a happening ("in emergency shelters"); ``adjacent``: only one
    right after it."""
    for prep in head.children:
        if prep.dep_ != "prep" or (adjacent and prep.i != head.i + 1):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                words = [t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun.lower_]
                phrase = " ".join([prep.lower_, *words])
                if phrase in happening_words:
                    return phrase
    return None
