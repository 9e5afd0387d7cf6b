"""The people an article names: one ``Person`` per individual, with gender where the text or the first name says it.

Two people who share a surname stay two ('Keith Lamont Scott', 'Rakeyia Scott'): a full name
whose first word differs from a known bearer's is a new person, and a bare surname goes to
the bearer named last before it as a subject (not in passing: 'a photo of Heidi Cruz' does not
make the next 'Cruz' her), else to the most named one. Gender comes from a title or a gendered word next to the
name ('Mr.', 'Ms.', 'spokeswoman'), else from the first name through ``gender-guesser``
(a maintained list of 40,000 first names; 'unknown' and 'andy' names stay unknown), and
later from the pronouns resolved to the person (a pronoun chain).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from ...aliases import fold
from ..lexicon import word_set
from .lexicon import active_lexicon
from .name_conventions import file_bearer, given_names_holder
from .name_suffixes import GENERATIONS, of_generation, same_generation
from .namesakes import called_by_surname
from .nicknames import nicknames
from .syllable_names import syllable_name
from .tables import positions, text_of, words_of

FEMALE, MALE = "f", "m"
RECENT = 400  # characters: about two sentences
SUFFIXES = GENERATIONS
#: letters after a name, written as here: honours, degrees, seats ('Simon Okafor KC' is the
#: 'Mr Okafor' after him)
POSTNOMINALS = frozenset({"KC", "QC", "SC", "MP", "MSP", "MEP", "MLA", "MS", "TD", "AM", "OBE", "MBE", "CBE", "KBE",
                          "DBE", "PhD", "MD", "FRS", "Esq"})


def name_words(name: str) -> list[str]:
    """The words of a name without a generational suffix or letters after it ('John G.
    Roberts Jr.', 'Simon Okafor KC')."""
    return list(_name_words(name))


@lru_cache(maxsize=1 << 14)  # (read for every person at each look-up of a name)
def _name_words(name: str) -> tuple[str, ...]:
    words = [w.rstrip(",") for w in name.split()]
    while len(words) > 1 and (fold(words[-1]).rstrip(".") in SUFFIXES or words[-1].rstrip(".") in POSTNOMINALS):
        words = words[:-1]
    return tuple(words)


@cache
def _full_names() -> tuple[Callable[[Sequence[str], str], bool], Callable[[str], tuple[str, ...]]]:
    """``full_names.holds`` and ``surname_words``, imported once (that module reads this one), not at each look-up."""
    from .full_names import holds, surname_words
    return holds, surname_words


@lru_cache(maxsize=1 << 14)
def _given_and_surname(name: str) -> tuple[str | None, str]:
    """A name's first word (folded; none for one word) and its last (``Person.given``, ``Person.surname``)."""
    words = _name_words(name)
    return (fold(words[0]) if len(words) > 1 else None), fold(words[-1])


@dataclass
class Person:
    name: str  # fullest form
    key: str  # folded last word (or full name for a second bearer of a surname)
    affiliation: str | None
    roles: set[str]
    first: int  # character offset of the first mention
    offsets: list[int] = field(default_factory=list)  # every mention, in order
    gender: str | None = None
    guessed: bool = False  # the gender is only what the first name usually is ('Kari', 'Sam'): ``guessed_genders``

    @property
    def surname(self) -> str:
        return _given_and_surname(self.name)[1]

    @property
    def given(self) -> str | None:
        return _given_and_surname(self.name)[0]


@cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    return word_set("female_words"), word_set("male_words")


@cache
def _detector():
    from .name_list import name_detector  # a name list, loaded once per process

    return name_detector()


def gender_of_word(word: str) -> str | None:
    """'Mrs.' -> f, 'spokesman' -> m, else None."""
    female, male = _titles()
    word = word.lower().rstrip(".")
    return FEMALE if word in female else MALE if word in male else None


@cache
def gender_of_first_name(first: str) -> str | None:
    if len(first) < 2 or not first[0].isupper() or first.endswith(".") or first.lower() in _NO_NAMES:
        return None
    # the name list's guesses over all countries and for Britain and the United States, when they
    # agree: 'Marian', 'Jean' and 'Jan' are men's names in much of Europe and women's in English,
    # so they tell no gender and a pronoun may take them
    votes = {_GUESSES.get(_detector().get_gender(first, *country)) for country in _COUNTRIES} - {None}
    return votes.pop() if len(votes) == 1 else None


_CERTAIN = frozenset(["male", "female"])  # the name list's answers without doubt (else 'mostly_male', 'andy', ...)


def doubtful(person: Person, anywhere: bool = True) -> bool:
    """Whether the person's gender is only a guess the name list is unsure of in some country asked
    ('Kari', 'Sam'; not 'John'): a pronoun no one else agrees with may then say otherwise
    (``guessed_genders``); with ``anywhere`` false, unsure over all countries together ('Sam',
    'Lee', 'Lindsey'; not 'Kari', nor a name the lists of Britain and America lack): a title may
    then say otherwise, when no one else named so far bears the surname ('Lee Roth ... Ms. Roth')."""
    return person.guessed and any(_detector().get_gender(person.name.split()[0], *country) not in _CERTAIN
                                  for country in (_COUNTRIES if anywhere else _COUNTRIES[:1]))


def given_first_name(words: Span | list[Token], organisation_words: frozenset[str]) -> bool:
    """Two or three capitalised words opening with a known given name, none an organisation's word:
    the name of a person a role is set beside ('Her lawyer, Ana Ruiz,', "The firm's head of sales,
    Ana Ruiz,"; ``entities.with_described_people``, ``apposed_names``)."""
    return 2 <= len(words) <= 3 and gender_of_first_name(words[0].text) is not None and all(
        t.is_title and t.lower_ not in organisation_words for t in words)


def given_gender(name: str) -> str | None:
    """The gender a full name's first name gives ('Brenna Quill'); none for a surname alone, nor for
    a surname written first ('Kim Min-jun': ``surname_first``)."""
    words = name.split()
    return gender_of_first_name(words[0]) if len(words) > 1 and not surname_first(words) else None


def surname_first(words: list[str]) -> bool:
    """Whether a two-word name ends in a romanised given name, two short syllables with the second
    in lower case ('Kim Min-jun', 'Park Soo-ah'): its first word is then the surname, and tells no
    gender though the name list knows it as a given name ('Kim' is mostly a woman's name in English)."""
    if len(words) != 2 or "-" not in words[1]:
        return syllable_name(words)  # ('Kim Song Il', 'Lin Jian': a family name first, no hyphen)
    first, _, second = words[1].partition("-")
    return first.istitle() and second.islower() and all(_SYLLABLE.match(part.lower()) for part in (first, second))


#: one romanised syllable ('min', 'jun', 'yeon', 'hoon', 'ah'; not 'based', 'born', 'led' of 'El Paso-based')
_SYLLABLE = re.compile(r"[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|[nmklpth])?$")


def known_gender(person) -> str | None:
    """A ``Person``'s gender as known, else as the first name of their full name gives it, else,
    for one the text only ever names by a given name ('Joe hung his coat on the hook.', a story's
    characters; a surname alone gives none: 'Smith', nor a word of the language: 'the Dean'), that
    name's."""
    gender = person.gender or given_gender(person.name)
    name = person.name.strip()
    if gender is None and " " not in name and name.lower() not in active_lexicon().common_words:
        return gender_of_first_name(name)  # (not a title the language has as a word: 'the Dean', 'the Bishop')
    return gender


def compatible(gender: str | None, wanted: str | None) -> bool:
    """Whether a gender (none: unknown) may be the one wanted (none: any)."""
    return gender is None or wanted is None or gender == wanted


def known_given_name(first: str) -> bool:
    """Whether the name list holds ``first`` as anyone's given name, whatever the gender."""
    return _detector().get_gender(first) != "unknown"


def with_hyphenated_given_names(doc: Doc, ents: list[Span], organisation_words: frozenset[str]) -> list[Span]:
    """The entities with the people named by a hyphenated given name and a surname ('Jean-Luc
    Marchand', an ORG to the NER; 'Hyun-woo Strand', where it saw only a place 'Strand'): the
    tokenizer splits the given name in three, and a name list knows it whole, or its second part
    is in lower case ('Soo-ah'). The surname is one or two capitalised words after it, or one short
    capitalised word before a romanised one, the surname first ('Choi Min-jun', 'Tsai Ing-wen')."""
    out: list[Span] = []
    replaced: set[int] = set()
    words = words_of(doc).text
    for i in (k - 1 for k in positions(words, "-", 1, len(doc) - 1)):  # (found in C: the hyphens only)
        if words[i + 1] != "-":
            continue  # (no Token made)
        first, dash, second = doc[i], doc[i + 1], doc[i + 2]
        if not (dash.text == "-" and not first.whitespace_ and not dash.whitespace_ and first.is_alpha and first.is_title
                and second.is_alpha and (second.is_lower or second.is_title) and (  # (or a mark after it: 'Kim Do-yeon,')
                    second.whitespace_ or i + 3 == len(doc) or doc[i + 3].is_punct and doc[i + 3].text != "-")):
            continue
        end = i + 3
        while end < len(doc) and end - i < 5 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN":
            end += 1
        given = doc[i : i + 3].text
        # a romanised given name is two short syllables ('Hyun-woo'), not a prefixed word ('Anti-graft', 'Pro-life')
        romanised = second.is_lower and len(first) <= 5 and len(second) <= 5 and first.lower_ not in _PREFIXES
        start = i
        if end == i + 3 and romanised and i > 0 and _surname_before(doc[i - 1], organisation_words):
            start = i - 1  # the surname first ('Choi Min-jun said', 'Kim Do-yeon, an economist,')
        elif end == i + 3 or not (romanised or _detector().get_gender(given) != "unknown") or any(
                t.lower_ in organisation_words for t in doc[i + 3 : end]):
            continue
        covering = [e for e in ents if e.start < end and e.end > start]
        if any(e.label_ == "PERSON" and e.start == start and e.end >= end for e in covering) or any(
                e.end > end or e.start < start for e in covering):
            continue
        replaced.update(e.start for e in covering)
        out.append(Span(doc, start, end, label="PERSON"))
    return sorted([e for e in ents if e.start not in replaced] + out, key=lambda e: e.start) if out else ents


def _surname_before(token, organisation_words: frozenset[str]) -> bool:
    """Whether a word before a romanised given name is a surname written first: one short
    capitalised syllable ('Choi' of 'Choi Min-jun', 'Tsai' of 'Tsai Ing-wen'), no body's word."""
    return (token.is_alpha and token.is_title and len(token) <= 5 and token.pos_ in ("PROPN", "NOUN")
            and token.lower_ not in organisation_words and token.lower_ not in _NO_NAMES and not token.is_stop)


def without_office_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """The people's names without the last word of an office the NER ran into them ('Head of
    Operations Amal Reyes', 'Minister of Agriculture Kofi Darmani'): after 'of', a first word
    no name list knows before one it knows as a first name."""
    out = []
    for e in ents:
        if (e.label_ == "PERSON" and len(e) >= 3 and e.start > 0 and doc[e.start - 1].lower_ == "of"
                and e[0].is_title and _detector().get_gender(e[0].text) == "unknown"
                and _detector().get_gender(e[1].text) != "unknown"):
            e = Span(doc, e.start + 1, e.end, label="PERSON")
        out.append(e)
    return out


def people_after_office(doc: Doc, ents: list[Span], role_nouns: frozenset[str], body_words: frozenset[str]) -> list[Span]:
    """The person an office's title runs into, that the NER took with it for a body ('Vice Chair
    for Supervision Daniel Kessling', an ORG): a role's noun in the title, no body's word in the
    entity, which closes on a known first name and a surname."""
    out = []
    for e in ents:  # (the title's words, or the role's noun just before it, 'Vice' of 'Vice Chair', read for a body only)
        if e.label_ == "ORG" and len(e) >= 3 and any(
                t.is_title and t.lower_ in role_nouns for t in doc[max(e.start - 1, 0) : e.end - 2]) \
                and gender_of_first_name(e[-2].text) is not None and e[-1].is_title and e[-1].is_alpha \
                and not any(t.lower_ in body_words for t in e) and gender_of_first_name(e[-3].text) is None:
            e = Span(doc, e.end - 2, e.end, label="PERSON")
        out.append(e)
    return out


def epithet(ent: Span) -> bool:
    """Whether the NER's one-word name is a person's nation or party after 'the' ('The Briton said',
    'the Frenchwoman added', 'The Democrat said'): no one's name, so no person nor body of that name
    (``without_role_words`` leaves it out, ``descriptions.aged`` finds who it is)."""
    return (len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent[0].is_title
            and ent[0].lower_ in word_set("attribution/person_epithets"))


def without_role_words(doc: Doc, ents: list[Span], people_nouns: frozenset[str], body_words: frozenset[str],
                       common_words: frozenset[str] = frozenset()) -> list[Span]:
    """The people's names without the office or party words the NER ran into them ('County Clerk
    Benjamin Roth', 'Liberal Karen Whitlock', 'Restaurateur Dana Whitcombe'): capitalised words no
    name list knows as a first name, the last of them a noun for a person or a member
    (``people_nouns``) or a word the language has in lower case (``common_words``, the pipeline's
    common nouns and adjectives: a title of any trade), no body's word, before a known first name
    and a surname. The words stay the person's affiliation, read before the name. A nation's or
    party's word after 'the' is no one's name (``epithet``)."""
    out = []
    for e in ents:
        if e.label_ in ("PERSON", "ORG") and epithet(e):
            continue
        if e.label_ == "PERSON" and len(e) >= 3:
            k = next((k for k in range(1, len(e) - 1) if gender_of_first_name(e[k].text) is not None), None)
            noun = e[k - 1].lower_ if k is not None else ""
            lemma = e[k - 1].lemma_.lower() if k is not None else ""
            # (one person's: not 'Twins Erin and Cara Moss', a plural)
            if k is not None and ((noun in people_nouns or noun in common_words and lemma == noun) and noun not in body_words
                                  and not (noun.endswith("s") and noun[:-1] in people_nouns)
                    and all(t.is_alpha and t.is_title and gender_of_first_name(t.text) is None for t in e[:k])):
                e = Span(doc, e.start + k, e.end, label="PERSON")
        out.append(e)
    return out


#: prefixes a capitalised hyphenated word opens with ('Pro-life Alliance'), no given name's syllable
_PREFIXES = frozenset(["anti", "pro", "non", "post", "pre", "ex", "co", "mid", "self", "neo", "semi", "multi", "pan",
                       "vice", "all", "inter", "sub", "super", "ultra", "over", "under", "cross", "off", "on", "up"])
#: words opening a phrase that the name list takes for first names ('The' a woman's, 'His' a man's)
_NO_NAMES = frozenset(["the", "my", "his", "her", "its", "our", "your", "their", "this", "that"])
#: places' nouns no surname ends in, whatever the first name before them ('Harlow County')
_DIVISIONS = frozenset(["county", "province", "district", "township", "borough", "municipality", "prefecture"])


def named_place(words: list[str], place_nouns: frozenset[str]) -> bool:
    """Whether a name the NER took for a person's is a place's: it ends in a place's noun and
    opens with no first name ('Bellmoor Hill', 'Pike Falls'), or ends in a division's ('Harlow
    County'), or opens with a street's or a square's noun set first ('Rua Augusta', 'Piazza Navona')."""
    last = words[-1].lower()
    if len(words) > 1 and words[0].lower() in word_set("place_openers") and words[1][:1].isupper():
        return True
    return len(words) > 1 and last in place_nouns and (gender_of_first_name(words[0]) is None or last in _DIVISIONS)


_GUESSES = {"female": FEMALE, "mostly_female": FEMALE, "male": MALE, "mostly_male": MALE}
_COUNTRIES: tuple[tuple[str, ...], ...] = ((), ("great_britain",), ("usa",))


class People:
    """The article's people, found by surname, full name or first name."""

    def __init__(self, doc: Doc | None = None) -> None:
        self.nicknames = nicknames(doc) if doc is not None else {}  # ('Ines "Tiny" Okafor': tiny -> Ines Okafor)
        self.by_key: dict[str, Person] = {}
        self.by_surname: dict[str, list[Person]] = {}
        self.passing: set[int] = set()  # offsets of mentions that are no subject ('a photo of Heidi Cruz')
        self.short: set[int] = set()  # offsets of mentions by the surname alone ('Hale said', 'Mr Hale': ``bearer``)
        self.text = text_of(doc) if doc is not None else ""

    def values(self) -> list[Person]:
        return list(self.by_key.values())

    def add(self, name: str, affiliation: str | None, roles: set[str], offset: int, gender: str | None) -> Person:
        if (full := self.nicknames.get(fold(" ".join(name_words(name))))) and (owner := self.find(full.split())):
            owner.offsets.append(offset)  # 'Tiny said' after Ines "Tiny" Okafor
            return owner
        words = name_words(name)
        surname = fold(words[-1])
        given = fold(words[0]) if len(words) > 1 else None
        if (given is not None and len(words) == 2 and self.by_surname.get(given) and not self.by_surname.get(surname)
                and gender_of_first_name(words[0]) is None):
            # 'Obama Speech' in a caption: a known surname and a word after it, no new person
            owner = self.bearer(given, offset, gender)
            if owner is not None:
                owner.offsets.append(offset)
                return owner
        bearers = self.by_surname.setdefault(surname, [])
        person = None
        if given is None:  # ('Hale Jr.' beside Tom Hale Sr.: ``name_suffixes``)
            person = of_generation(self, surname, name) or self.bearer(surname, offset, gender)
            if person is None and gender and bearers:  # 'Mrs. Trump' beside Donald Trump
                key = f"{surname}#{gender}"
                person = self.by_key.get(key) or Person(name, key, affiliation, set(roles), offset, gender=gender)
                if key not in self.by_key:
                    self.by_key[key] = person
                    bearers.append(person)
            if person is None:  # 'Donald' for the one Donald named before
                named = [p for p in self.by_key.values() if p.given == surname]
                person = named[0] if len(named) == 1 else None
        else:
            # 'Michelle Obama' is not the 'Mr. Obama' named before her: a bare-surname bearer
            # takes a first name only when the genders agree
            own = gender or (None if surname_first(words) else gender_of_first_name(words[0]))
            # ('Van Acker', 'De la Cruz': the end of a name given in full before, with its particle)
            person = next((p for p in bearers if p.given == given and same_generation(p.name, name)), None) or next(
                (p for p in bearers if len(name_words(p.name)) > len(words)
                 and [fold(w) for w in name_words(p.name)[-len(words):]] == [fold(w) for w in words]), None) or next(
                (p for p in bearers if p.given is None and (own is None or p.gender in (None, own))), None
            ) or self._holder([fold(w) for w in words], offset, gender) or given_names_holder(self, words)  # ('Franco Mogetta')
        if person is None:
            key = surname if surname not in self.by_key else fold(name)
            person = self.by_key[key] = Person(name, key, affiliation, set(roles), offset)
            file_bearer(self.by_surname, surname, person)  # (and 'rashidi' for 'al-rashidi': ``name_conventions``)
        else:
            if len(words) > len(person.name.split()):
                person.name = name
            person.affiliation = person.affiliation or affiliation
            person.roles |= roles
        if person.gender is None:
            person.gender = gender or (gender_of_first_name(words[0]) if len(words) > 1 and not surname_first(words) else None)
            person.guessed = gender is None and person.gender is not None
        elif gender and gender != person.gender and doubtful(person, False) and len(self.holders(surname)) == 1:
            person.gender, person.guessed = gender, False  # 'Mr Vale' after Kari Vale
        if given is None and surname == fold(person.surname):
            self.short.add(offset)
        person.offsets.append(offset)
        return person

    def bearer(self, surname: str, offset: int | None = None, gender: str | None = None) -> Person | None:
        """The bearer of ``surname`` of that gender named last before ``offset``; the most
        mentioned one when none was named in the last ``RECENT`` characters."""
        holders = self.holders(surname)  # (a guess in doubt gives way to a title when the surname has no other holder)
        bearers = [p for p in holders
                   if gender is None or p.gender in (None, gender) or len(holders) == 1 and doubtful(p, False)]
        if not bearers:
            return None
        if len(bearers) == 1 or offset is None:
            return bearers[0]

        def last_before(p: Person) -> int:
            i = bisect_left(p.offsets, offset)
            while i and p.offsets[i - 1] in self.passing:
                i -= 1  # a bearer named in passing, not as a subject ('a photo of Heidi Cruz'), is not meant next
            return p.offsets[i - 1] if i else -1

        recent = max(bearers, key=last_before)
        # two of one name ('Siobhan O'Neill ... Her sister, Aoife O'Neill'): the surname alone is the one it stood for before
        if (called := called_by_surname(self, bearers, recent, last_before(recent), offset)) is not None:
            return called
        if offset - last_before(recent) <= RECENT:
            return recent
        return max(bearers, key=lambda p: len(p.offsets))

    def holders(self, surname: str) -> list[Person]:
        """The people ``surname`` (folded) may stand for: its bearers, and those named in full whose
        surnames hold it, not at their end ('Cardenas' of Rosa Elena Cardenas Solis; ``full_names``)."""
        return [*self.by_surname.get(surname, ()), *self._part_holders([surname])]

    def _part_holders(self, short: list[str]) -> list[Person]:
        """The people named in full whose surnames hold the folded words ``short`` as a part not at
        their end (``full_names.holds``)."""
        (holds, surname_words), words = _full_names(), tuple(short)
        # (a name whose surnames hold the words holds their last: that test, on a cached tuple, first)
        return [p for p in self.by_key.values() if (parts := _given_and_surname(p.name))[0] is not None
                and parts[1] != words[-1] and words[-1] in surname_words(p.name) and holds(words, p.name)]

    def _holder(self, short: list[str], offset: int, gender: str | None) -> Person | None:
        """The person named in full a short form of several words stands for ('Franco Mogetta',
        'Cardenas Solis' of Rosa Elena Cardenas Solis): the one whose surnames hold it, named last
        before ``offset``; none when the surname it ends in is another's too."""
        holders = [p for p in self._part_holders(short) if gender is None or p.gender in (None, gender)]
        if not holders or self.by_surname.get(short[-1]):
            return None
        return holders[0] if len(holders) == 1 else self.bearer(short[-1], offset, gender)

    def find(self, words: list[str], offset: int | None = None, gender: str | None = None) -> Person | None:
        """A person by a name as written (title-free words)."""
        if len(words) > 1 and (person := of_generation(self, fold(name_words(written := " ".join(words))[-1]), written)):
            return person  # ('Hale Jr.' beside Tom Hale Sr.: ``name_suffixes``)
        words = name_words(written := " ".join(words))
        if not words:
            return None
        words = name_words(self.nicknames.get(fold(" ".join(words)), " ".join(words)))
        surname = fold(words[-1])
        bearers = self.by_surname.get(surname, [])
        if len(words) > 1:
            given = fold(words[0])
            exact = next((p for p in bearers if p.given == given and same_generation(p.name, written)), None)
            if exact is not None:
                return exact
            from .nation_bodies import other_than_bearers  # (which imports this module)
            if bearers and other_than_bearers(words, bearers):  # ('Sport England' beside Jack England)
                return None
        person = self.bearer(surname, offset, gender) or given_names_holder(self, words)  # ('Mohd Firdaus')
        if person is None and len(words) == 1:
            # a first name alone ('Stephen') for the one person of the article who bears it
            first = fold(words[0])
            named = [p for p in self.by_key.values() if p.given == first]
            person = named[0] if len(named) == 1 else None
            # (or one part of the one double-barrelled surname that holds it: 'Reed' of Alison Reed-Kaur)
            parts = [p for p in self.by_key.values() if first in fold(p.surname).split("-")[:-1]] if person is None else []
            person = parts[0] if len(parts) == 1 else person
        return person


__all__ = ["FEMALE", "MALE", "People", "Person", "compatible", "gender_of_first_name", "gender_of_word", "given_gender",
           "named_place"]


def with_split_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with a given name and the surname the NER tagged apart as one person, the
    parser having opened a sentence between them ('said Farid | Mansour, a taxi driver'); and a
    name set beside a word for a kinsman or -woman a person ('Her husband, Dawit,' tagged a body);
    a word after a place and a comma the place's state or province ('Brampton, Ont.')."""
    out: list[Span] = []
    kin = word_set("kin_nouns")
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) == 1 and ent[0].is_title and (root := ent.root).dep_ == "appos" and (
                root.head.lemma_.lower() in kin and root.head.i < ent.start):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if (ent.label_ == "PERSON" and len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].text == ","
                and doc[ent.start - 2].ent_type_ in ("GPE", "LOC") and gender_of_first_name(ent[0].text) is None):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # 'in Brampton, Ont.': the place's province
        last = out[-1] if out else None
        if (last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start
                and "\n" not in last[-1].whitespace_ and (len(last) == 1 and gender_of_first_name(last[0].text) is not None
                                                        or ent[0].is_title and ent[0].dep_ == "compound")):
            # (or one name the NER cut in two inside a phrase: 'Shri Manoj | Kumar Sinha', 'Syed Mehboob | Ali Shah')
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def excluded(name: str | None, exclude: str | None) -> bool:
    """Whether ``name`` is the quotation's own speaker ``exclude``, or that speaker named by one
    part of the name ('"He believed in good bread," Daniel Harari said' after 'His son Daniel
    said X': the 'he' is neither)."""
    if name is None or exclude is None:
        return False
    if name == exclude:
        return True
    short, full = sorted((name.split(), exclude.split()), key=len)
    return len(short) == 1 and len(full) > 1 and short[0] in (full[0], full[-1])
