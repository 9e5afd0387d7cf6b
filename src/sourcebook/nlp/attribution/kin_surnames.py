"""A speaker known by a given name alone takes the surname of the relative the text names them by.

Features name a family member once by kinship and given name and never in full: 'Her husband,
Abel, builds the kilns. "It comes in with every storm," Abel said.', 'his wife, Melania', 'his
daughter Tiffany'; and a pair of siblings or a couple by two given names and one surname, the
first of which the small model often leaves untagged ('Dario and Luca Benedetti took over the
garage. ... Dario said'). The record said 'Abel' or 'Dario' where the reader knows Abel Halloway
and Dario Benedetti.

Only a speaker's one-word name found standing alone after the kin word or before 'and' and a
full name, and only when no person of the article is named in full with it (``given_fuller``
comes first). The relative is a name before the kin word ("Kell's wife, Sandra") or, for 'his'
and 'her', the person last named as a subject before it (within a few sentences), when named
in full and not known to be of the other sex, or with no such subject there the person last
named in any part ('Police are searching for Ron Tully. ... His son, Jack, said'); for 'my'
outside quotation marks, the subject of a piece 'as told to' a writer (``told_to``); for 'their',
the surname every person named in full in the last subject of two or more people bears ('Sarah
and Tom Lindley ... Their daughter, Mia'), else nothing. Only a relative named by a given name
and one surname: whose surname 'Her daughter, Fernanda' of Maria Fernanda Cortazar Uribe takes,
the text does not say.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon import word_set
from .index import PERSON
from .people import FEMALE, MALE, gender_of_first_name, known_gender
from .tables import words_of
from .told_to import told_to_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .index import Resolved
    from .people import Person
    from .speakers import SpeakerResolver

_WITHIN = 8  # sentences back to the relative a possessive pronoun stands for
_SEX = {"his": MALE, "her": FEMALE}


def kin_surnames(resolver: SpeakerResolver, out: list[Resolved]) -> list[Resolved]:
    """``out`` with each bare given name made the full name its relative's surname gives it."""
    bare = {r.name for r in out if r.kind == PERSON and r.name and r.name.isalpha() and r.name.istitle()}
    if not bare:
        return out
    taken = {p.name.split()[0] for p in resolver.people.values() if " " in p.name}
    genders = {(r.name, r.gender) for r in out if r.kind == PERSON and r.name and r.gender}  # (as the records' pronouns gave)
    full: dict[str, set[str]] = {}
    for i, word in enumerate(words_of(resolver.doc).text):  # (the words' table: a Token only for the names)
        if word in bare and word not in taken and (surname := _surname(resolver, resolver.doc[i], genders)):
            full.setdefault(word, set()).add(f"{word} {surname}")
    return [replace(r, name=next(iter(full[r.name or ""]))) if r.kind == PERSON and len(full.get(r.name or "", ())) == 1 else r
            for r in out]


def _surname(resolver: SpeakerResolver, given: Token, genders: set[tuple[str, str]]) -> str | None:
    """The surname ``given`` (a given name standing alone) shares: the next name's in 'Dario and
    Luca Benedetti', the relative's in 'Her husband, Abel'."""
    doc = resolver.doc
    if given.i and doc[given.i - 1].pos_ == "PROPN" or given.i + 1 < len(doc) and doc[given.i + 1].pos_ == "PROPN":
        return None  # (part of a longer name)
    if given.i + 3 < len(doc) and doc[given.i + 1].lower_ == "and":
        other, last = doc[given.i + 2], doc[given.i + 3]
        after = doc[given.i + 4] if given.i + 4 < len(doc) else None
        if (other.ent_type_ == "PERSON" and last.ent_type_ == "PERSON" and other.ent_iob_ == "B" and last.ent_iob_ == "I"
                and last.is_title and last.is_alpha and gender_of_first_name(other.text)
                and (after is None or after.ent_iob_ != "I")):
            return last.text  # 'Dario and Luca Benedetti'
    return _relative_surname(resolver, given, genders)


def _relative_surname(resolver: SpeakerResolver, given: Token, genders: set[tuple[str, str]]) -> str | None:
    doc = resolver.doc
    kin = doc[given.i - 2] if given.i > 1 and doc[given.i - 1].text == "," else doc[given.i - 1] if given.i else None
    if kin is None or kin.lower_ not in word_set("kin_nouns") or kin.tag_ != "NN":
        return None
    poss = next((c for c in kin.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PROPN":  # "Kell's wife, Sandra"
        person = resolver.person_for([t for t in doc[poss.left_edge.i : poss.i + 1] if t.pos_ == "PROPN"])
    elif (sex := _SEX.get(poss.lower_)) is not None:
        seen, person = _subject_before(resolver, kin.idx, sex, genders)
        person = person if seen else _named_before(resolver, kin.idx, sex, genders)
    elif poss.lower_ == "their":
        return _shared_surname(resolver, kin.idx, given)
    elif poss.lower_ == "my" and not resolver.in_quote(kin.idx) and (writer := told_to_subject(resolver)) is not None:
        person = resolver.people.find((writer.name or "").split())  # ('My wife, Morag' in a piece 'as told to')
    else:
        return None
    if person is None or len(person.name.split()) != 2:  # (not 'Maria Fernanda Cortazar Uribe': whose surname is whose?)
        return None
    surname = person.name.split()[-1]
    return surname if surname.isalpha() and surname.istitle() and surname != given.text else None


def _subject_before(resolver: SpeakerResolver, offset: int, sex: str,
                    genders: set[tuple[str, str]]) -> tuple[bool, Person | None]:
    """Whether a person not known to be of the other sex was a clause's subject within a few
    sentences before ``offset``, and the last such, if named in full (a record may have given them
    this sex, ``genders``: 'Wren Halloway said she', whose first name the name list takes for a
    man's). 'Trump thanked ... his campaign manager, Corey Lewandowski. He said his wife, Melania,
    ...': Trump; a place the NER took for a person, 'reached Antigua', is no subject."""
    doc, floor = resolver.doc, resolver.sentence_of(offset) - _WITHIN
    for start, kind, key in reversed(resolver.mentions):
        if start >= offset or kind != PERSON:
            continue
        if resolver.sentence_of(start) < floor:
            return False, None
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        root = token[0] if token is not None else None
        while root is not None and root.dep_ in ("compound", "flat") and root.head.i != root.i:
            root = root.head
        if root is None or root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        person = resolver.people.by_key.get(key)
        if person is None or known_gender(person) not in (None, sex) and (person.name, sex) not in genders:
            continue
        return True, person if " " in person.name else None
    return False, None


def _named_before(resolver: SpeakerResolver, offset: int, sex: str, genders: set[tuple[str, str]]) -> Person | None:
    """With no person a subject within a few sentences before ``offset``, the person last named
    there in any other part, in full and not known to be of the other sex: 'Police are searching
    for Ron Tully, 72, ... His daughter, Ellie, said' is Ellie Tully."""
    floor = resolver.sentence_of(offset) - _WITHIN
    for start, kind, key in reversed(resolver.mentions):
        if start >= offset or kind != PERSON:
            continue
        if resolver.sentence_of(start) < floor:
            return None
        person = resolver.people.by_key.get(key)
        if person is None or known_gender(person) not in (None, sex) and (person.name, sex) not in genders:
            continue
        return person if " " in person.name else None
    return None


def _shared_surname(resolver: SpeakerResolver, offset: int, given: Token) -> str | None:
    """For 'their': the surname of the people last named together as a clause's subject within a
    few sentences before ``offset`` (a subject of one person between passed over), when every one
    of them named in full bears it ('Sarah and Tom Lindley run the bakery. ... Their daughter, Mia,
    said' is Mia Lindley); none for people of other surnames ('Kit Haines and Dora Vale')."""
    doc, floor = resolver.doc, resolver.sentence_of(offset) - _WITHIN
    for start, kind, _ in reversed(resolver.mentions):
        if start >= offset or kind != PERSON:
            continue
        if resolver.sentence_of(start) < floor:
            return None
        token = doc.char_span(start, start + 1, alignment_mode="expand")
        subject = token[0] if token is not None else None
        while subject is not None and subject.dep_ in ("compound", "flat", "conj", "appos") and subject.head.i != subject.i:
            subject = subject.head
        if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        words = doc[subject.left_edge.i : subject.right_edge.i + 1]
        if not any(t.lower_ == "and" for t in words):
            continue  # (a subject of one person between: 'The judges' chairwoman, Nadia Kerr, said')
        low, high = words.start_char, words.end_char
        named = [resolver.people.by_key.get(k) for o, kd, k in resolver.mentions if kd == PERSON and low <= o < high]
        surnames = {p.name.split()[-1] for p in named if p is not None and len(p.name.split()) == 2}
        surname = next(iter(surnames)) if len(surnames) == 1 else None
        return surname if surname and surname.isalpha() and surname.istitle() and surname != given.text else None
    return None


__all__ = ["kin_surnames"]
