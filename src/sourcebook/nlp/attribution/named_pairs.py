"""'The brothers said', 'Both women said', 'The pair said', 'The Ferraros said' paragraphs after
the two were named together: the two people the article named with 'and'.

Features name a couple or two siblings once, together, near the top ('Dario and Luca Benedetti
took over the garage'; 'Paolo and Lucia Ferraro are closing the bakery') and quote each in turn
by a given name; a group word for the two comes paragraphs later, where the last two people
named within three sentences (``groups.the_two``) may be one of them and a customer, or one
alone. The record said 'brothers', 'Both men' or nothing where the reader knows the two.

The pair is the last two people joined by 'and' before the source anywhere in the article ('X, 58,
and his nephew, Y' too: ``kin_pairs``) (both
given names with one surname count: 'Kate and Fiona Ambler', the first given name the surname's
also when the NER left it untagged or tagged it alone and no one of the article holds it), of
the sex a noun of one sex names; a family's plural surname ('the Ferraros') is the two people of the article with that
surname, when there are two (or the two named together with it, when the NER missed one). Only
the nouns of ``SIBLINGS`` after a bare 'the' (not 'the men', which may be any men), read by
``both_people`` and ``groups.the_pair``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...aliases import fold
from .index import GROUP, Resolved
from .kin_pairs import kin_pairs
from .people import gender_of_first_name, known_gender

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .speakers import SpeakerResolver

#: plural nouns for two people of one family, which after a bare 'the' stand for the two named together
SIBLINGS = frozenset(["brothers", "sisters", "siblings", "twins"])


def named_together(resolver: SpeakerResolver, offset: int, sex: str | None = None) -> Resolved | None:
    """The last two people joined by 'and' before ``offset`` (of ``sex``, if given), else None."""
    doc = resolver.doc
    ents = [e for e in resolver.ents if e.label_ == "PERSON" and e.end_char <= offset]
    kin = {pair.at: pair for pair in kin_pairs(resolver, offset)}  # ('Owen Pugh, 58, and his nephew, Rhys Pugh')
    for ent in reversed(ents):
        if (pair := kin.get(ent.start_char)) is not None and _of(pair.first, sex) and _of(pair.second, sex):
            return Resolved(f"{pair.first.name} and {pair.second.name}", GROUP, plural=True)
        before = ent.start - 2
        if before < 0 or doc[ent.start - 1].lower_ != "and":
            continue
        first = next((e for e in ents if e.end == ent.start - 1), None)
        words = [first[-1]] if first is not None else [doc[before]] if doc[before].pos_ == "PROPN" else []
        if not words or first is None and (before and doc[before - 1].pos_ == "PROPN"):
            continue
        one = resolver.person_for(list(first) if first is not None else words)
        other = resolver.person_for(list(ent))
        if one is None and (first is None or len(first) == 1) and len(ent) == 2:  # 'Dario and Luca Benedetti'
            one = resolver.people.find([words[-1].text, ent[-1].text])
            one = None if one is other else one  # (the surname alone finds the second of them)
            if one is None and other is not None and sex is None and gender_of_first_name(words[-1].text):
                # ('Ana and Tom Ruiz': a given name no one the index keeps, untagged or tagged alone, shares the surname)
                return Resolved(f"{words[-1].text} {ent[-1].text} and {other.name}", GROUP, plural=True)
        if one is None or other is None or one is other or not all(_of(p, sex) for p in (one, other)):
            continue
        shared = first is None or len(first) == 1  # (a lone given name takes the surname after it)
        name = one.name if " " in one.name or not shared or len(ent) != 2 else f"{one.name} {ent[-1].text}"
        return Resolved(f"{name} and {other.name}", GROUP, plural=True)
    return None


def family(resolver: SpeakerResolver, written: str, head: Token) -> Resolved | None:
    """'The Ferraros' (``written``, ``head`` its last word): the two people of the article with
    that surname, else None."""
    words = written.split()
    if len(words) != 2 or words[0].lower() != "the" or not head.text.endswith("s") or not head.text[:1].isupper():
        return None
    bearers = resolver.people.by_surname.get(fold(surname := head.text[:-1]), [])
    full = [p for p in bearers if " " in p.name]
    if len(full) == 2 and len(bearers) == 2:  # (three Clintons: which of them 'the Clintons' are is the reader's guess)
        one, other = sorted(full, key=lambda p: p.first)
        return Resolved(f"{one.name} and {other.name}", GROUP, plural=True)
    pair = named_together(resolver, head.idx) if len(full) < 2 else None  # ('Dario and Luca Benedetti', one untagged)
    return pair if pair is not None and all(n.endswith(f" {surname}") for n in (pair.name or "").split(" and ")) else None


def _of(person, sex: str | None) -> bool:
    return sex is None or known_gender(person) in (None, sex)


__all__ = ["SIBLINGS", "family", "named_together"]
