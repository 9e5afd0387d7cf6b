"""A person's name the NER missed before a 'who' clause: 'Ella Marsh, who organised the vigil, said X'. Two or
three capitalised words opening with a known given name (``people.given_first_name``), set off by a comma and a
relative clause opened by 'who' that the parser hung on the last of them, name a person: 'who' is said of people
only. Without the entity the clause's role ('The organiser said Y', ``given_roles.doer_words``) had no one to go
to. A name the NER read as anything, or one running past these words, is left as it is."""

from __future__ import annotations

from spacy.tokens import Span

from .entities import merged
from .people import given_first_name
from .tables import positions, words_of


def with_who_people(doc, ents: list[Span], organisation_words: frozenset[str]) -> list[Span]:
    """The entities with the people named right before ', who' that the NER gave no name."""
    at = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    table = words_of(doc)  # (the commas found in C, a Token made only for a name before ', who')
    for comma in positions(table.text, ",", 2, len(doc) - 1):
        i = comma - 1
        if table.pos[i] != "PROPN" or table.lower[comma + 1] != "who" or i in at:
            continue
        token = doc[i]
        if not any(c.dep_ == "relcl" and c.i > i + 2 and doc[i + 2].head.i == c.i for c in token.children):
            continue
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == i and doc[start - 1].is_title:
            start -= 1
        words = doc[start : i + 1]
        if any(k in at for k in range(start, i + 1)) or (start and doc[start - 1].pos_ == "PROPN"):
            continue
        if given_first_name(words, organisation_words):
            added.append(Span(doc, start, i + 1, label="PERSON"))
    return merged(ents, added)
