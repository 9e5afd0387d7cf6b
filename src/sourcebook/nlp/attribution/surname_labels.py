"""A person's surname the NER gave another label: a person.

The small model often takes a hyphenated or unusual surname standing alone for a title or a law
('Ada Lowe-Marsh opened the shop. Lowe-Marsh says she ...' with 'Lowe-Marsh' a WORK_OF_ART or a
LAW), so the pronouns after it pass over her to whichever person was named before. An entity
of such a label (a work, a law, a product, an event, a language) whose words are the last words
of a person the article names in full is that person. Bodies are left alone: a firm may carry
its founder's name ('Lowe-Marsh Foods'). The names after a capitalised role that the article's use of the
surname alone shows to be a person's are found first (``surnamed_titles``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import Lexicon
from .surnamed_titles import with_surnamed_titles
from .tables import text_of

_ODD_LABELS = frozenset({"WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "LANGUAGE"})


def with_known_surnames(doc: Doc, ents: list[Span], lexicon: Lexicon | None = None) -> list[Span]:
    """``ents`` with every odd-labelled entity that is a surname of a person named in full relabelled PERSON."""
    ents = with_surnamed_titles(doc, ents, lexicon) if lexicon is not None else ents  # ('Councillor Adaeze Okorafor-Hale')
    text = text_of(doc)
    surnames = set()
    for ent in ents:
        words = text[ent.start_char : ent.end_char].split()
        if ent.label_ == "PERSON" and len(words) > 1:
            surnames.add(words[-1])
    if not surnames:
        return ents
    return [Span(doc, e.start, e.end, label="PERSON") if e.label_ in _ODD_LABELS
            and text[e.start_char : e.end_char] in surnames else e for e in ents]
