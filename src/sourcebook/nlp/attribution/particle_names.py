"""People whose names hold a particle in lower case that the small model left untagged ('Ana de
la Cruz, a former judge, is running'; 'Pieter van der Berg visited'): a known given name, one
to three particles of ``name_particles.txt`` ('de la', 'van der'), then one or two capitalised
names are one person's name, so the 'De la Cruz' or 'Van der Berg' a later sentence quotes is
that person (``people.People.add`` finds a name given in full by its end with the particle).
``full_names.with_whole_names`` runs an entity on over such words; this finds the name no
entity touches. Not a place opening with a given name ('Rio de Janeiro': 'Rio' is no given
name to the name lists), nor a body's, role's or place's word after the particles ('Maria de
la Paz Hospital' stops short of 'Hospital': no name then)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from ..lexicon import word_set
from .entities import merged
from .inner_particles import with_inner_particles
from .people import known_given_name
from .tables import positions, words_of


@cache
def _particles() -> frozenset[str]:
    return word_set("attribution/name_particles")


def with_particle_names(doc: Doc, ents: list[Span], barred: frozenset[str]) -> list[Span]:
    """The entities with each untagged 'Given particle(s) Name' as a person (``barred``: the words
    of roles, bodies and places, no name's); an entity of one word inside it that is no person
    (the surname taken for a place: 'Cruz' a GPE) gives way to it."""
    table = words_of(doc)
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    particles, added, replaced = _particles(), [], set[int]()
    n = len(doc)
    # (the particles the article holds found in C, and their places by ``list.index``: no walk over every word)
    for i in sorted({at for word in particles.intersection(table.lower) for at in positions(table.lower, word, 1, n - 1)}):
        if table.lower[i] not in particles or not table.text[i].islower() or table.lower[i - 1] in particles:
            continue  # (read from the words' lists: Tokens made only where a name may open)
        given = doc[i - 1]
        if not (given.is_title and given.is_alpha and known_given_name(given.text)) or "\n" in given.whitespace_:
            continue
        k = i
        while k < n and k - i < 3 and table.lower[k] in particles and table.text[k].islower():
            k += 1
        end = k
        while end < n and end - k < 2 and _name_word(doc, end, barred):
            end += 1
        if end == k or end < n and table.lower[end] in barred:
            continue  # no name after the particles, or a body's or place's name ('Maria de la Paz Hospital')
        inside = [owner[j] for j in range(i - 1, end) if j in owner]
        # (a person of the given name alone gives way: 'Hendrik' tagged, 'ter Borch' left out or 'Borch' a place)
        if any(e.label_ == "PERSON" and (e.start, e.end) != (i - 1, i) or len(e) > 1 or e.start < i - 1 or e.end > end
               for e in inside):
            continue  # the NER's own person, or a longer name it tagged
        added.append(Span(doc, i - 1, end, label="PERSON"))
        replaced.update(e.start for e in inside)
    return with_inner_particles(doc, merged(ents, added, replaced), barred)  # ('Luísa Ferraz | do Amaral')


def _name_word(doc: Doc, i: int, barred: frozenset[str]) -> bool:
    token = doc[i]
    return token.is_title and token.is_alpha and len(token) > 1 and token.lower_ not in barred and (
        "\n" not in doc[i - 1].whitespace_)
