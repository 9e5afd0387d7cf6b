"""A person after a capitalised role whose first name no list knows, found by the surname the article uses alone.

'Councillor Adaeze Okorafor-Hale said X ... Okorafor-Hale added Y': the NER tags neither the full name nor
the surname as a person, and ``entities.with_titled_people`` takes the names after a role noun for a
person's only when they open with a first name it knows ('Councillor Mary Okorafor'). The speaker was the
surname alone, or 'Councillor Adaeze Okorafor' with the role. The article itself tells that the words are
a name: it uses the last of them alone elsewhere ('Okorafor-Hale added'), as it does a surname. Then the
capitalised words after the role (two to four, a hyphened surname one word) are a person's name, the role
left out as the NER leaves it out of 'Sir Roland Okafor'. The same use shows a person's name in one the NER
took for a body beside a person's ('Ama Owusu and Efua Mensah opened a bakery ... Owusu said', 'Ama Owusu' an
ORG): two or three capitalised words, no organisation's word among them, joined by 'and' to a person named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ...aliases import TITLES
from .entities import merged
from .lexicon import Lexicon
from .tables import Words, places, text_of, words_of

_MOST = 4  # words of a name after its role
#: the titles of the aliases as written, with or without a stop ('Dr', 'Dr.')
_TITLE_FORMS = frozenset(TITLES) | frozenset(t + "." for t in TITLES)


def _run(doc: Doc, start: int, covered: set[int]) -> int:
    """The end of the capitalised names from ``start`` (pieces joined by a hyphen with no space one word)."""
    end, words = start, 0
    while end < len(doc) and end not in covered and words <= _MOST:
        token = doc[end]
        if token.pos_ == "PROPN" and token.is_title and token.is_alpha:
            words += not (end > start and doc[end - 1].text == "-")
            end += 1
        elif token.text == "-" and end > start and not doc[end - 1].whitespace_ and not token.whitespace_:
            end += 1
        else:
            break
    while end > start and doc[end - 1].text == "-":
        end -= 1
    return end if words <= _MOST else start


def with_surnamed_titles(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """The entities with the people named after a capitalised role whose surname the article uses alone (no
    organisation's word nor a function word among the names: 'Chairman Hollis Trust'), and the people joined to
    a person by 'and'."""
    organisation_words = lexicon.organisation_words
    table, text = words_of(doc), text_of(doc)
    found = [k for k in places(table.lower, _capitalised(table, _titles(lexicon.role_nouns)), 0, len(doc) - 2)
             if table.text[k][:1].isupper()]
    if not found:
        return _paired_people(doc, ents, organisation_words, text)
    covered = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for i in found:
        if i + 1 in covered:
            continue
        end = _run(doc, i + 1, covered)
        if end - (i + 1) < 2 or any(t.lower_ in organisation_words or t.is_stop for t in doc[i + 1 : end]) or (
                i > 0 and table.lower[i - 1] in ("the", "a", "an")):
            continue  # (a body's name: 'the Coalition Against Trump', 'a Center For Tax Policy')
        last = end - 1
        while last - 2 > i and doc[last - 1].text == "-":
            last -= 2  # ('Okorafor-Hale': the surname is the hyphened word)
        if last == i + 1:
            continue  # (a hyphened word alone: no first name before it)
        if _alone(text, doc[last:end].text, doc[i + 1].idx, doc[end - 1].idx + len(doc[end - 1])):
            added.append(Span(doc, i + 1, end, label="PERSON"))
            covered.update(range(i, end))
    return _paired_people(doc, merged(ents, added), organisation_words, text)


@lru_cache(maxsize=8)
def _titles(roles: frozenset[str]) -> frozenset[str]:
    """``roles`` and the aliases' titles, joined once for the lexicon (not for each article)."""
    return roles | _TITLE_FORMS


def _capitalised(table: Words, words: frozenset[str]) -> frozenset[str]:
    """The ``words`` the article writes with a capital somewhere (its forms that are no word's lower case, found in
    C): most roles are written in lower case ('the president'), and ``places`` need not find where."""
    found = words.intersection(table.lower)
    if not found:
        return frozenset()
    return frozenset(found.intersection({form.lower() for form in set(table.text).difference(table.lower)
                                         if form[:1].isupper()}))


def _alone(text: str, surname: str, start: int, end: int) -> bool:
    """Whether ``surname`` is written alone outside ``text[start:end]``."""
    at = text.find(surname)
    while start <= at < end:
        at = text.find(surname, at + 1)
    if at < 0:
        return False  # (written only inside: the plain search in C before the pattern's)
    return any(not start <= m.start() < end for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text))


def _paired_people(doc: Doc, ents: list[Span], organisation_words: frozenset[str], text: str) -> list[Span]:
    """The names of two or three plain capitalised words joined by 'and' to a person's name, that the NER took
    for a body or left untagged, whose last word the article writes alone: people (see the module)."""
    lower = words_of(doc).lower  # ('and' read from the table first: a label and a Token only for the few after one)
    people = [e for e in ents if (k := e.start) > 2 and lower[k - 1] == "and" and e.label_ == "PERSON"]
    if not people:
        return ents
    by_end = {e.end: e for e in ents}
    added, replaced = [], set()
    for person in people:
        end = start = person.start - 1
        while start > 0 and end - start < 3 and (t := doc[start - 1]).pos_ == "PROPN" and t.is_title and t.is_alpha and (
                t.lower_ not in organisation_words):
            start -= 1
        other = by_end.get(end)
        if end - start < 2 or start > 0 and doc[start - 1].pos_ == "PROPN" or not _alone(text, doc[end - 1].text,
                                                                                        doc[start].idx, doc[end - 1].idx + 1):
            continue
        if other is None and not any(e.start < end and start < e.end for e in ents):
            added.append(Span(doc, start, end, label="PERSON"))  # ('Ama Owusu', untagged)
        elif other is not None and other.label_ == "ORG" and other.start == start:
            replaced.add(start)  # ('Ama Owusu', a body to the NER)
            added.append(Span(doc, start, end, label="PERSON"))
    return merged(ents, added, replaced)
