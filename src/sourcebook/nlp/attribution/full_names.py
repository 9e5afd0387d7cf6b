"""People named by several given names and surnames, as Spanish and Portuguese names are
('Rosa Elena Cardenas Solis', 'Franco Mogetta Prieto', 'Maria do Socorro Alves'): their whole
name where the small model cut it, and which words of it are the surnames a later short form
may give ('Cardenas said', 'Mogetta Prieto', 'Franco Mogetta').

The whole name (``with_whole_names``): the parser hangs every word of such a name on its last
one as compounds ('Vera' ... 'Cardona' on 'Mejia'), where the NER often tagged only a part
('Vera Lucia' | 'Mejia', 'Franco Mogetta' without 'Prieto', 'Alvarado Munoz' without 'Beatriz').
A person's entity goes on over the capitalised names its words are compounds of, and back over
the known given names before it, joined by a particle in lower case or not ('Maria do | Socorro
Alves'), never over a role's or a body's word ('Finance Minister', 'Foundation').

The surnames (``surname_words``): a full name's words after its first given name and the known
given names right after it that agree with it ('Rosa Elena | Cardenas Solis', 'Franco | Mogetta
Prieto'); a short form stands for the person when its words are a contiguous part of those
(``holds``), so 'Cardenas' is Rosa Elena Cardenas Solis, and 'Elena' or a particle alone is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from ...aliases import fold
from ..lexicon import word_set
from .candidate import headline_end
from .name_conventions import PATRONYMICS
from .people import gender_of_first_name, known_given_name, name_words
from .surnamed_people import with_surnamed_people
from .tables import text_of, words_of

#: the most words a person's whole name runs to
LONGEST = 6


@cache
def _particles() -> frozenset[str]:
    """Names' particles in lower case ('de', 'dos'), and those that join a name's parts only
    between two capitalised names ('do', 'y')."""
    return word_set("attribution/name_particles") | word_set("attribution/inner_name_particles")


@cache
def surname_words(name: str) -> tuple[str, ...]:
    """The folded words of a full name after its given names: its first word and the known given
    names after it of the first's gender, while a word is left ('Rosa Elena | Cardenas Solis',
    'Ana Paula | de Souza Lima', 'Franco | Mogetta Prieto'; 'Luisa | Pinto Arango': 'Pinto' a man's
    name); none for one word."""
    words = name_words(name)
    if len(words) < 2:
        return ()
    first = gender_of_first_name(words[0])
    k = 1
    while k < len(words) - 1 and known_given_name(words[k]) and (
            first is None or gender_of_first_name(words[k]) in (None, first)):
        k += 1
    return tuple(fold(w) for w in words[k:])


def holds(short: Sequence[str], name: str) -> bool:
    """Whether a short form (folded words) names the bearer of a full name: a contiguous part of
    its surnames ('cardenas', 'mogetta prieto'), after its first given name or not ('franco
    mogetta'); not a particle alone."""
    return _holds(tuple(short), name)


@lru_cache(maxsize=1 << 14)  # (asked of every person named in full at each look-up of a surname)
def _holds(short: tuple[str, ...], name: str) -> bool:
    words = name_words(name)
    if len(words) < 2 or not short:
        return False
    if len(short) > 1 and short[0] == fold(words[0]):
        short = short[1:]
    if all(w in _particles() for w in short):
        return False
    own, n = surname_words(name), len(short)
    return any(own[i : i + n] == short for i in range(len(own) - n + 1))


def _name_word(token: Token, barred: frozenset[str]) -> bool:
    """A capitalised name's word, no role's, body's or place's word ('Minister', 'Foundation')."""
    return (token.pos_ == "PROPN" and token.is_title and token.is_alpha and len(token) > 1
            and token.lower_ not in barred and token.lower_.rstrip(".") not in barred)


def with_whole_names(doc: Doc, ents: list[Span], barred: frozenset[str], common: frozenset[str]) -> list[Span]:
    """The entities with each person's entity run on over the rest of the name the NER cut off:
    the capitalised names after it that its words are compounds of ('Franco Mogetta | Prieto
    told', 'Vera Lucia | Cardona | Mejia said', a second entity taken in), and the known given
    names before it that are compounds of it, or joined to it by a particle ('Beatriz | Alvarado
    Munoz', 'Maria do | Socorro Alves'); ``barred`` the words of roles, titles, bodies and places,
    which are no name's, ``common`` the words of the language, which open no name that opens with
    a given name already ('Major | Tom Ash'). Not in a headline, whose words are all capitalised."""
    ents = with_surnamed_people(doc, ents, barred)  # ('Photo: Marguerite Osterhout at ...' / 'Osterhout said')
    top = headline_end(text_of(doc))
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    taken: set[int] = set()  # the starts of entities taken into a whole name
    whole: dict[int, Span] = {}
    for ent in ents:
        if ent.label_ != "PERSON" or ent.start in taken or ent.start_char < top:
            continue
        start, end = ent.start, ent.end
        while end < len(doc) and end - start < LONGEST and "\n" not in doc[end - 1].whitespace_ and (
                doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end and _name_word(doc[end], barred)):
            other = owner.get(end)
            if other is None:
                end += 1
            elif other.label_ == "PERSON" and other.start == end and other.end - start <= LONGEST:
                taken.add(other.start)
                end = other.end
            else:
                break
        start = _given_names_before(doc, start, end, owner, barred, common)
        if (start, end) != (ent.start, ent.end):
            whole[ent.start] = Span(doc, start, end, label="PERSON")
            taken.update(e.start for e in ents if e is not ent and e.start >= start and e.end <= end)
    if not whole:
        return ents
    return sorted([whole.get(e.start, e) for e in ents if e.start not in taken or e.start in whole], key=lambda e: e.start)


def _given_names_before(doc: Doc, start: int, end: int, owner: dict[int, Span], barred: frozenset[str],
                        common: frozenset[str]) -> int:
    """Where a person's name opens, back over the known given names before ``start`` that are
    compounds of its words, or run to a particle before it ('Maria do Socorro Alves': 'Maria' a
    NORP to the NER, 'do' a verb to the parser); each word outside any entity but one of its own,
    and no word of the language before a name that opens with a given name ('Justice | Ruth Bader
    Ginsburg', 'Major | Tom Ash'), but before a particle or when it is a given name of its gender."""
    first = start
    k = start - 1
    # (before 'bin' or 'binti', in the name or past it: the words before it are given names, known or not)
    patronymic = not PATRONYMICS.isdisjoint(words_of(doc).lower[start:end])  # (read from the words' lists: no Token)
    while k >= 0 and end - k <= LONGEST and "\n" not in doc[k].whitespace_:
        token = doc[k]
        if token.is_lower and token.lower_ in _particles():
            patronymic = patronymic or token.lower_ in PATRONYMICS
            k -= 1
            continue
        alone = owner.get(k) is None or (len(owner[k]) == 1 and owner[k].label_ != "PERSON")
        particle = k + 1 < first  # (a particle between it and the name)
        joined = token.dep_ == "compound" and first <= token.head.i < end or particle
        titled = not particle and token.lower_ in common and known_given_name(doc[first].text) and not (
            _same_gender(token.text, doc[first].text))  # ('Ana | Beatriz dos Santos', 'Maria | Fernanda Ruiz': one person's)
        if not (alone and _name_word(token, barred) and (known_given_name(token.text) or patronymic) and joined) or titled:
            break
        first = k
        k -= 1
    return first


def _same_gender(word: str, given: str) -> bool:
    """Whether a word of the language before a given name is a given name of that name's gender, a compound given
    name as Spanish and Portuguese write them ('Ana Beatriz', 'Rosa Elena'; not 'Justice | Ruth': no gender)."""
    gender = gender_of_first_name(word)
    return gender is not None and gender == gender_of_first_name(given)
