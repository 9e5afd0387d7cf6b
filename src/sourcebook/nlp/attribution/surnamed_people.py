"""A full name the NER missed, whose surname it tagged as a person on its own elsewhere: a person.

The small model misses a name in a caption-like line or an unusual one ('Photo: Marguerite
Osterhout at her stall ...', 'Kwame Osei will stay at Harwick United') and tags the surname
alone later ('Osterhout said the market had nearly closed'). The name index then lacks the
person's given name, so the later records said 'Osterhout' and a 'she' before them found no one.

Only the capitalised words right before an occurrence of such a surname, on its line, that no
entity covers: one or two, not a word of a role, title, body or place (``barred``), opening with a
known given name ('Yesterday Osterhout said', 'Against Trump' are none), and not in a headline;
not for a surname the NER tagged in someone's full name too ('Dorothy Woods ... Woods said': hers,
whoever else the NER missed)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidate import headline_end
from .people import gender_of_first_name
from .tables import text_of, words_of


def with_surnamed_people(doc: Doc, ents: list[Span], barred: frozenset[str]) -> list[Span]:
    """The entities with each untagged 'Given Surname' whose surname is a person's entity alone elsewhere."""
    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title and e[0].is_alpha}
    surnames -= {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}  # (one named in full is whom it means)
    if not surnames:
        return ents
    covered = {i for e in ents for i in range(e.start, e.end)}
    added, top = [], headline_end(text_of(doc))  # (not in a headline, whose words are all capitalised)
    for i, word in enumerate(words_of(doc).text):  # (the words' table: a Token only for the surnames)
        if word not in surnames or i in covered:
            continue
        token = doc[i]
        if token.pos_ != "PROPN":
            continue
        start = token.i
        while start > 0 and token.i - start < 2 and _name_word(doc[start - 1], barred) and start - 1 not in covered and (
                "\n" not in doc[start - 1].whitespace_):
            start -= 1
        while start < token.i and gender_of_first_name(doc[start].text) is None:
            start += 1  # ('Yesterday Osterhout said', 'Against Trump')
        if start < token.i and token.idx >= top:
            added.append(Span(doc, start, token.i + 1, label="PERSON"))
            covered.update(range(start, token.i + 1))
    if not added:
        return ents
    return sorted([*ents, *added], key=lambda e: e.start)


def _name_word(token, barred: frozenset[str]) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and token.lower_ not in barred


__all__ = ["with_surnamed_people"]
