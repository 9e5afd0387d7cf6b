"""Bodies the NER left untagged that an 'its' takes up: a coined name of one to three capitalised words, the
subject of its clause, with no first name and no title before it, whose clause's first pronoun for it is 'its'
('Zipwheel will cap its e-scooters', 'Medrill, a London start-up, launched its chatbot'): a firm, which 'the
company' may later stand for (``index.ArticleIndex`` reads these; ``entities.named_by_its`` mends the same shape
when the NER took the name for a person). Not an 'it': 'Hollis said it was a mistake' may be a person's words."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .entities import first_pronoun
from .people import gender_of_first_name
from .quoted_titles import quoted_title
from .tables import positions, words_of


def with_its_bodies(doc: Doc, ents: list[Span], common_words: frozenset[str], surnames: set[str]) -> list[Span]:
    """The entities with the bodies an 'its' takes up that the NER missed: a run of proper nouns ending on the
    subject, none inside an entity, the first no first name, no surname of a person named in full and no common
    word opening the sentence ('Chemical leak turns river orange'), no word before it in capitals ('Dr'), and no
    title between quotation marks (``quoted_titles``)."""
    table = words_of(doc)
    covered = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for i in positions(table.pos, "PROPN", 0, len(doc)):  # (found in C: the names only)
        if table.pos[i] != "PROPN" or table.dep[i] != "nsubj" or i in covered or not table.text[i][:1].isupper():
            continue
        token = doc[i]
        start = i
        while start > 0 and table.pos[start - 1] == "PROPN" and table.dep[start - 1] == "compound" and (
                start - 1 not in covered) and i - start < 2:
            start -= 1
        first = table.text[start]
        if start > 0 and table.text[start - 1][:1].isupper() or not first.isalpha() or (
                gender_of_first_name(first) is not None or first in surnames or table.text[i] in surnames
                or table.lower[start] in common_words):
            continue  # ('Dr Hale said its', 'Carla said', a common word opening a headline, 'Apple')
        span = Span(doc, start, i + 1, label="ORG")
        if first_pronoun(token) == "its" and not quoted_title(span):  # (not '"Ashford Road" sold X in its first week')
            added.append(span)
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents
