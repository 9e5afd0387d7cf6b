"""Nicknames an article gives a person, so a later mention by the nickname is that person.

Two forms set a nickname beside a full name: quoted inside it ('Ines "Tiny" Okafor', 'Daniel "The Hammer"
Osei', in single marks or guillemets too: 'Tommy ‘The Tank’ Reyes', 'Marie «La Rouge» Dubois') and after it,
with a comma, as what the person is known as ('Tomas Berg, known as Tibbe,', 'Tomas Berg, who is known to fans
as "Tibbe",', 'Tomas Berg, nicknamed "Tibbe",'). 'Tibbe said X' later is Tomas Berg, not a new person
(``people.People``), and so is 'Tiny Okafor' for Ines "Tiny" Okafor (the quoted nickname before the surname).
Only capitalised nicknames of up to three words are read, and after 'nicknamed' or 'dubbed' only a quoted one:
'The mayor, Tomas Berg, dubbed Ana Ross "Madam No"' gives Ana Ross no other name. An unquoted name after
'known as' is one only when the phrase ends with it: 'Ana Ross, known as Norway's top nurse,' is a
description, and 'Norway' no name of hers. A role may stand between the name and 'known as' ('Robert Maddox,
the coach known to fans as Bobcat,'). Three or four capitals alone are initials when the article names one
person whose words give them ('RJM' for Robert James Maddox, 'AOC' for Alma Ortiz-Cruz), with a known first
name: 'NATO' or 'BBC' stays a body's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ...aliases import fold
from .tables import text_of

_NAME = r"[A-Z][\w'’.-]+"
_NICK = r"(?:[Tt]he )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
#: the marks a nickname is set in: double, single ('Tommy ‘The Tank’ Reyes', British style) and guillemets
_OPEN, _CLOSE = "[\"“‘'«]", "[\"”’'»]"
#: 'Ines "Tiny" Okafor': given name, quoted nickname, surname
_INSIDE = re.compile(rf"\b([A-Z][\w'’-]+) {_OPEN}({_NICK}){_CLOSE} ({_NAME}(?: {_NAME})?)")
#: the quoted nickname and the capital after it that every match of _INSIDE holds ('"Tiny" O')
_QUOTED = re.compile(rf"{_OPEN}{_NICK}{_CLOSE} [A-Z]")
#: a role set between the name and 'known as' ('Tomas Berg, the club's coach known to fans as Tibbe')
_ROLE = r"(?:(?:the|an?) [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,4} )?"
#: 'Tomas Berg, known as Tibbe', ', who is known to fans as "Tibbe"', ', nicknamed "Tibbe"'
_AFTER = re.compile(
    rf"\b({_NAME}(?: {_NAME}){{0,2}}), (?:(?:who|whom) (?:is|was|are|were) )?{_ROLE}(?:(?:widely|popularly|better|affectionately)"
    rf" )?(?:known(?: to [a-z]+(?: [a-z]+)?)? as (?:{_OPEN}({_NICK}){_CLOSE}|({_NICK})(?=[,.;:)]|$))|(?:nicknamed|dubbed)"
    rf" {_OPEN}({_NICK}){_CLOSE})")


def nicknames(doc: Doc) -> dict[str, str]:
    """Each nickname (folded, without 'the') the article gives, with the full name it stands for."""
    text = text_of(doc)
    found: dict[str, str] = {fold(letters): name for letters, name in initials(text).items()}  # ('RJM')
    if not any(mark in text for mark in ('"', "“", "‘", "'", "«", " as ", "named", "dubbed")):
        return found
    # (every match of _INSIDE holds _QUOTED, a quoted nickname and a capital after it, '"Tiny" O': the search for
    # it starts at a quotation mark, where _INSIDE's starts at every word; most articles have none)
    inside = _INSIDE.finditer(text) if _QUOTED.search(text) is not None else ()
    for match in inside:
        found.setdefault(_key(match.group(2)), f"{match.group(1)} {match.group(3)}")
        # and the nickname before the surname ('Robert "Bobby" Lane' ... 'Bobby Lane said')
        found.setdefault(_key(f"{match.group(2)} {match.group(3)}"), f"{match.group(1)} {match.group(3)}")
    # (every match of _AFTER holds 'known', 'nicknamed' or 'dubbed': an article without them, most, is not searched)
    after = _AFTER.finditer(text) if "known" in text or "nicknamed" in text or "dubbed" in text else ()
    for match in after:
        found.setdefault(_key(match.group(2) or match.group(3) or match.group(4)), match.group(1))
    return {k: v for k, v in found.items() if k and k not in {fold(w) for w in v.split()}}


#: a run of three or four capitals alone, a person's initials maybe ('RJM', 'AOC') (its first capital, then the
#: look-behind: the same matches as a look-behind first, but tried only at the capitals, not at every place)
_LETTERS = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[A-Z]{2,3}(?![\w'’-])")


def initials(text: str) -> dict[str, str]:
    """The people the article calls by their initials: 'RJM' for Robert James Maddox, 'AOC' for
    Alma Ortiz-Cruz (each part of a hyphened surname counts), when the text names exactly one
    person whose capitalised words, opening with a known first name, give those letters."""
    from .people import gender_of_first_name  # (which imports this module)

    found: dict[str, str] = {}
    for letters in {m.group() for m in _LETTERS.finditer(text)}:
        names = {m.group() for m in _name_of_initials(letters).finditer(text)}
        if len(names) == 1 and gender_of_first_name((name := names.pop()).split()[0]) is not None:
            found[letters] = name
    return found


def _key(nickname: str) -> str:
    words = nickname.split()
    return fold(" ".join(words[1:] if words[0].lower() == "the" else words))


@lru_cache(maxsize=4096)
def _name_of_initials(letters: str) -> re.Pattern[str]:
    """The capitalised words whose first letters are ``letters`` ('Robert James Maddox' of 'RJM'),
    compiled once per process: an article's initials are mostly other articles' too ('FBI', 'GOP'),
    and ``re``'s own cache of 512 patterns, which every article's new ones ran through, kept few of them."""
    words = r"[ -]".join(rf"{c}[a-z'’]+" for c in letters)
    # (the first capital, then no word's character before it: the same matches as a look-behind first, but the
    # search jumps from one such capital to the next instead of trying every place in the text)
    return re.compile(rf"{letters[0]}(?<![\w-]{letters[0]}){words[1:]}(?![\w-])")
