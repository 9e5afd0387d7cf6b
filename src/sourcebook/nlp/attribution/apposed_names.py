"""A person's name set beside a role that the NER took for a thing: 'The company's head of
distribution, Beatriz Coutinho, told me' ('Coutinho' tagged a product). Two or three capitalised
words that open with a known given name, apposed after a comma to a role noun (or to the noun of
the role's 'of' phrase, where the parser hung them; the role in capitals too, 'The Chief of Police,
Ana Ruiz,', which the NER may leave untagged), are a person's name whatever other kind of
name the NER made of them; a name it tagged a person's or a body's is left as it is. A given name
no list knows ('The state governor, Babajide Adeyemi, ... Adeyemi added') is one when the last
word stands alone elsewhere in the article, as a surname does; then a body's reading of the
surname only ('Nwosu' tagged a body, its given name left out) gives way too. And a name the NER missed before
', who' (``who_names``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...aliases import is_known_organisation
from .entities import merged
from .people import given_first_name
from .tables import words_of
from .who_names import with_who_people

#: the NER's kinds of name that stand for no thing (a person's or a body's reading is kept)
_KEPT = frozenset(["PERSON", "ORG", "NORP"])
#: what may follow a name set beside a role
_CLOSES = frozenset([",", ".", ";", ":"])


def with_apposed_people(doc, ents: list[Span], organisation_words: frozenset[str], roles: frozenset[str]) -> list[Span]:
    """The entities with the people named beside a role noun (``roles``) whose names the NER read
    as another kind of name, or as no name."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    table = words_of(doc)
    added: list[Span] = []
    replaced: set[int] = set()
    for i in range(1, len(doc)):
        if table.dep[i] != "appos" or table.pos[i] != "PROPN":
            continue  # (no Token made)
        token = doc[i]
        if _role_of(token, roles) is None:
            continue
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == i and doc[start - 1].is_title:
            start -= 1
        words = doc[start : i + 1]
        if not (doc[start - 1].text == "," and (i + 1 == len(doc) or doc[i + 1].text in _CLOSES)):
            continue
        known = given_first_name(words, organisation_words)
        if not known and not (_surname_alone(doc, words, table) and 2 <= len(words) <= 3 and all(
                t.is_title and t.is_alpha and t.lower_ not in organisation_words for t in words)
                and not is_known_organisation(words.text)):
            continue
        inside = {at[k] for k in range(start, i + 1) if k in at}
        # (a body's reading of the surname alone gives way to a surname standing alone elsewhere)
        if any(e.label_ in _KEPT and (known or e.label_ == "PERSON" or e.start == start) or e.start < start or e.end > i + 1
               for e in inside):
            continue  # a person or a body the NER named, or a name running past these words: its reading kept
        replaced.update(e.start for e in inside)
        added.append(Span(doc, start, i + 1, label="PERSON"))
    return with_who_people(doc, merged(ents, added, replaced), organisation_words)  # ('Ella Marsh, who ...': ``who_names``)


def _surname_alone(doc, words: Span, table) -> bool:
    """Whether the last of ``words`` stands alone as a name elsewhere in the article ('Adeyemi
    added'): no capitalised word beside it (read from the words' lists: no Token made)."""
    surname, text, pos, n = words[-1].text, table.text, table.pos, len(table.text)
    return any(text[k] == surname and not words.start <= k < words.end and pos[k] == "PROPN"
               and (k == 0 or pos[k - 1] != "PROPN") and (k + 1 == n or pos[k + 1] != "PROPN") for k in range(n))


def _role_of(name: Token, roles: frozenset[str]) -> Token | None:
    """The role noun ``name`` is set beside: its head, or the role whose 'of' phrase holds its head
    ('head of distribution, X')."""
    host = name.head
    if host.i > name.i or not _noun(host):
        return None
    if host.lemma_.lower() in roles:
        return host
    role = host.head.head if host.dep_ == "pobj" and host.head.dep_ == "prep" else None
    return role if role is not None and _noun(role) and role.lemma_.lower() in roles else None


def _noun(token: Token) -> bool:
    """A common noun, or one written in capitals as an office's word that the tagger took for a name and the NER
    for none ('The Chief of Police, Ana Ruiz,')."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_title and not token.ent_type_
