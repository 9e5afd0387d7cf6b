"""A person's name set beside a role that the NER took for a thing: 'The company's head of
distribution, Beatriz Coutinho, told me' ('Coutinho' tagged a product). Two or three capitalised
words that open with a known given name, apposed after a comma to a role noun (or to the noun of
the role's 'of' phrase, where the parser hung them), are a person's name whatever other kind of
name the NER made of them; a name it tagged a person's or a body's is left as it is."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .entities import merged
from .people import given_first_name
from .tables import words_of

#: the NER's kinds of name that stand for no thing (a person's or a body's reading is kept)
_KEPT = frozenset(["PERSON", "ORG", "NORP"])
#: what may follow a name set beside a role
_CLOSES = frozenset([",", ".", ";", ":"])


def with_apposed_people(doc, ents: list[Span], organisation_words: frozenset[str], roles: frozenset[str]) -> list[Span]:
    """The entities with the people named beside a role noun (``roles``) whose names the NER read
    as another kind of name, or as no name."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    table = words_of(doc)
    added: list[Span] = []
    replaced: set[int] = set()
    for i in range(1, len(doc)):
        if table.dep[i] != "appos" or table.pos[i] != "PROPN":
            continue  # (no Token made)
        token = doc[i]
        if _role_of(token, roles) is None:
            continue
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == i and doc[start - 1].is_title:
            start -= 1
        words = doc[start : i + 1]
        if not (given_first_name(words, organisation_words) and doc[start - 1].text == ","
                and (i + 1 == len(doc) or doc[i + 1].text in _CLOSES)):
            continue
        inside = {at[k] for k in range(start, i + 1) if k in at}
        if any(e.label_ in _KEPT or e.start < start or e.end > i + 1 for e in inside):
            continue  # a person or a body the NER named, or a name running past these words: its reading kept
        replaced.update(e.start for e in inside)
        added.append(Span(doc, start, i + 1, label="PERSON"))
    return merged(ents, added, replaced)


def _role_of(name: Token, roles: frozenset[str]) -> Token | None:
    """The role noun ``name`` is set beside: its head, or the role whose 'of' phrase holds its head
    ('head of distribution, X')."""
    host = name.head
    if host.i > name.i or host.pos_ != "NOUN":
        return None
    if host.lemma_.lower() in roles:
        return host
    role = host.head.head if host.dep_ == "pobj" and host.head.dep_ == "prep" else None
    return role if role is not None and role.pos_ == "NOUN" and role.lemma_.lower() in roles else None
