"""A body called by the leading words of the fuller name the article gave it: that fuller name.

'Norrland said' after Norrland Telecom, 'Goldreef estimated' after Goldreef Resorts, 'Meridian
said' after the Meridian Valley Health System: the short name opens exactly one longer name of a
body the article gives before it, and nothing else the article names (a person, a place, another
body: 'Kestrel' when both Kestrel Computing and Kestrel Capital are named stays 'Kestrel'). A
name that is a person's (the surname of someone named in full, a first name) or a body's word
('National', 'City') is no short name; a name the NER took for a place is one only when the
article never writes it as a place ('in Norrland', a dateline). A name of two words or more named in full
in the headline only stands for nothing longer: the headline's capitals run names on over its verb ('Halcyon
Roofing Completes 10,000th Installation'). ``index.ArticleIndex`` reads these
after the short forms of ``short_names``, which come first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...aliases import canonical_name, fold, is_known_organisation
from ..lexicon import word_set
from .affiliations import _text, _without_article
from .body_nouns import outlet_names
from .candidate import in_dateline
from .entities import bare
from .people import gender_of_first_name
from .tables import positions, words_of

if TYPE_CHECKING:
    from .index import ArticleIndex

#: the kinds of names that make a short name stand for something else than the body
_OTHER_NAMES = ("PERSON", "GPE", "LOC", "FAC", "NORP")
#: words before a name that make it a place ('in Norrland', 'the city of Ashford')
_PLACE_WORDS = frozenset(["in", "at", "near", "from", "across", "to", "into", "of", "outside", "throughout", "around"])
_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")


def leading_forms(index: ArticleIndex, mentions: list[tuple[int, str]], taken: dict[str, str]) -> dict[str, str]:
    """The short names of ``taken`` that open no other name than the one they stand for, and
    each short name of a body (or a one-word place name no place is meant by) that opens one
    longer name of a body the article gives before its last mention, and that fuller name; the
    bodies' ``mentions`` are (offset, name), the short names in ``taken`` (found by the other
    rules) left out."""
    bodies: dict[str, list[int]] = {}
    for offset, key in mentions:
        bodies.setdefault(key, []).append(offset)
    others: set[str] = set()  # the names of two words or more of people, places and groups
    places: dict[str, list[int]] = {}  # one-word places: maybe a body's short name ('Norrland said')
    for ent in index.ents:
        if ent.label_ not in _OTHER_NAMES:
            continue  # (no Token made of the dates', numbers' and bodies' words)
        words = _without_article(list(ent))
        while words and words[-1].text in _POSSESSIVES:
            words = words[:-1]
        if not words:
            continue
        lower = words_of(index.doc).lower
        thing = ent.start > 0 and lower[ent.start - 1] == "the" or lower[ent.start] == "the"
        if len(words) > 1 and not (thing and words[-1].lower_ not in index._place_nouns):
            others.add(canonical_name(_text(words)))  # (not a thing's name: 'the Orrin Ridgeback', a truck)
        elif ent.label_ == "GPE" and words[0].is_title and not in_dateline(index.text, ent.start_char, ent.end_char):
            places.setdefault(words[0].text, []).append(ent.start_char)
    outlets = outlet_names(index.lex.outlets)
    # (the other rules' first words too: not 'Kestrel' for Kestrel Capital when Kestrel Computing is named)
    out = {short: full for short, full in taken.items() if not full.startswith(short + " ")
           or _alone(short, full, bodies, others)}
    for short, offsets in [*bodies.items(), *places.items()]:
        if short in taken or not _may_be_short(index, short):
            continue
        place = short in places and short not in bodies
        if place and (bare(short) in word_set("attribution/nation_names") or _written_as_place(index, short)):  # (cheap first)
            continue
        fulls = {full for full, at in bodies.items() if full.startswith(short + " ") and min(at) < max(offsets)
                 and not (place and full in outlets)}
        # the same body's name cut short is no other body ('Meridian Valley' of the Meridian Valley Health System)
        fulls = {full for full in fulls if not any(other.startswith(full + " ") for other in fulls)}
        # a name of two words or more run on in the headline's capitals is no fuller one ('Halcyon Roofing Completes')
        fulls = {full for full in fulls if " " not in short or max(bodies[full]) >= index.headline_end}
        if len(fulls) != 1:
            continue
        full = fulls.pop()
        if _alone(short, full, bodies, others):
            out[short] = full
    return out


def _alone(short: str, full: str, bodies: dict[str, list[int]], others: set[str]) -> bool:
    """``full`` is the one name the article gives that ``short`` opens (or a body's name it cuts short)."""
    longer = {name for name in (*bodies, *others) if name.startswith(short + " ")}
    return all(name == full or full.startswith(name + " ") and name in bodies for name in longer)


def _may_be_short(index: ArticleIndex, short: str) -> bool:
    """A name that may be a body's short name: capitalised words, not a known body's own name,
    no person's (a first name, the surname of someone named in full), not opening with a body's or
    a role's word ('National', 'Senate', 'City') and not ending with a place's ('Kestrel Bay')."""
    words = short.split()
    first, last = words[0].lower(), words[-1].lower()
    lex = index.lex
    return (all(w[:1].isupper() for w in words) and not is_known_organisation(short)
            and gender_of_first_name(words[0]) is None and bare(short) not in index._surnames
            and not any(p.given for p in index.people.by_surname.get(fold(short), ())) and short not in outlet_names(lex.outlets)
            and not {first, last} & lex.organisation_words and first not in lex.public_bodies
            and first not in lex.role_nouns and last not in index._place_nouns)


def _written_as_place(index: ArticleIndex, name: str) -> bool:
    """The article writes ``name`` as a place somewhere: after 'in', 'from', 'of' ('in Norrland')."""
    # (the name's own places found in C, a few, and the word before each read: not every 'of' and 'in' of the article)
    table = words_of(index.doc)
    return any(table.lower[k - 1] in _PLACE_WORDS for k in positions(table.text, name, 1, len(table.text)))
