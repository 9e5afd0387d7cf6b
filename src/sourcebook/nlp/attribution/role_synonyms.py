"""Whether a role phrase names, by another word, the office of a person the article named: 'the first officer,
Helen Stroud, ... The co-pilot said' is Stroud, 'the chief executive ... the CEO', 'the finance director ... the
finance chief', 'Chief Constable X ... the police chief', 'Goalkeeper X ... the keeper'. The other
words of the phrase must say the person's own body, by a word of its name ('Carrick Rovers manager Neil Dunn ...
The Rovers boss') or by the kind its name says ('Brennock Air's chief executive ... the airline boss', 'X of Orwell
Motors ... the carmaker's boss'), or by a noun of any firm when the person's role names a body ('Velmor's chief
executive ... the company's boss': ``any_firm_nouns.txt``): 'the carmaker's boss' is not the head of an airline, nor
'the finance chief' the chief executive. The synonyms and the kinds are ``role_synonyms.json``'s."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon import entries, table, word_set
from .leading_offices import leads_the_same
from .origins import same_origin

if TYPE_CHECKING:
    from .people import Person


def same_office(words: set[str], lemma: str, person: Person) -> bool:
    """Whether the phrase's ``words`` (head noun ``lemma``) name the office ``person`` holds by another noun: a
    body's head (``leading_offices``) or a synonym of the table; or by the place they come from ('the Glasgow-born
    singer ... the Glasgow-born star', ``origins``)."""
    return leads_the_same(words, lemma, person.roles) or renamed(words, lemma, person.roles, person.affiliation) or (
        same_origin(words, person.affiliation))


def holds(lemma: str, person: Person, words: AbstractSet[str] = frozenset()) -> bool:
    """Whether ``person`` holds the role ``lemma`` as the article wrote it or by an office it names again ('the
    entrepreneur' for 'the company's founder'), or is set apart by the origin the phrase's ``words`` share with their
    description ('the Glasgow-born star' for 'the Glasgow-born singer', ``origins``)."""
    theirs = _their_words(person.roles, person.affiliation) if lemma in _offices() else set()
    return lemma in person.roles or same_origin(words, person.affiliation) or any(
        office <= theirs for later, earlier in _offices().get(lemma, ()) if len(later) == 1 for office in earlier)


def renamed(words: set[str], lemma: str, roles: set[str], affiliation: str | None) -> bool:
    """Whether a synonym of the table ending in ``lemma`` is in the phrase, one of its offices is the person's, and
    every other word of the phrase says the person's body."""
    plain = {w for w in words if not w.startswith("org:")} - word_set("role_modifiers")
    theirs = _their_words(roles, affiliation)
    for later, earlier in _offices().get(lemma, ()):
        rest = plain - later | {w for w in words if w.startswith("org:")}
        if later <= plain and any(office <= theirs and _held_as(office, affiliation, rest) for office in earlier):
            # (a noun of any firm, 'the company's boss', says a body the person's role names: 'org:')
            # (or a body's name owns the role as the article wrote it: "Caldmoor Homes' chief executive")
            named = any(r.startswith("org:") for r in roles) or _owned_by_name(affiliation)
            return all(_says_body(w, theirs) or named and w in word_set("attribution/any_firm_nouns") for w in rest)
    return False


def _owned_by_name(affiliation: str | None) -> bool:
    """Whether the role as written opens with a name's possessive ("Caldmoor Homes' chief executive", "Velmor's
    finance chief"; not 'its chief executive' nor 'the chief executive of the trust')."""
    return bool(_NAME_OWNS.match(affiliation or ""))


#: a capitalised name and its possessive mark opening a role
_NAME_OWNS = re.compile(r"(?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*(?:'s|\u2019s|'|\u2019)\s")


def _held_as(office: set[str], affiliation: str | None, rest: set[str]) -> bool:
    """Whether the person's role as written holds a one-word ``office`` as its noun: not a word before another
    ('principal economist' is no head teacher's 'principal'), and a department's head ('head of communications',
    'chief of staff', a bare noun after 'of') only when the phrase's other words (``rest``) name the department ('the
    research chief')."""
    words = (affiliation or "").replace(",", " , ").split()
    low = [w.lower() for w in words]
    if len(office) != 1 or (word := next(iter(office))) not in low:
        return True
    after = words[low.index(word) + 1 :]
    if after and after[0].lower() not in _AFTER_ROLE:
        return False  # (a word before the role's own noun)
    if after[:1] != ["of"]:
        return True
    named = after[1:2]  # (a body after 'of': 'head of Helix', 'chairwoman of the parish council'; bare, a department)
    return not named or not named[0].islower() or named[0] in _DETERMINERS or named[0] in rest


#: words after a role's own noun ('head of X', 'manager at Y', 'chief, said')
_AFTER_ROLE = frozenset(["of", "at", "for", "in", "on", ",", "and", "to", "with", "from", "'s"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"])


def _says_body(word: str, theirs: set[str]) -> bool:
    """Whether a word of the phrase names the person's body: a word of its name, or a kind its name says."""
    parts = _words(word.removeprefix("org:"))
    return parts <= theirs or bool(set(_kinds().get(word, ())) & theirs)


def _their_words(roles: set[str], affiliation: str | None) -> set[str]:
    out = set()
    for role in roles:
        out |= _words(role.removeprefix("org:"))
    return out | _words(affiliation or "")


def _words(text: str) -> set[str]:
    """Lower-case words, a possessive's mark off ("Tessaly Ferries' finance director" -> 'ferries')."""
    return {w.removesuffix("'s").removesuffix("\u2019s").strip("'\u2019,") for w in text.lower().split()} - {""}


@cache
def _offices() -> dict[str, list[tuple[set[str], list[set[str]]]]]:
    """Each synonym's words and the offices it names, by its last word, longest first."""
    out: dict[str, list[tuple[set[str], list[set[str]]]]] = {}
    for later, earlier in entries(table("attribution/role_synonyms")["offices"]).items():
        out.setdefault(later.split()[-1], []).append((set(later.split()), [set(e.split()) for e in earlier]))
    return {k: sorted(v, key=lambda entry: -len(entry[0])) for k, v in out.items()}


@cache
def _kinds() -> dict[str, list[str]]:
    return entries(table("attribution/role_synonyms")["kinds"])
