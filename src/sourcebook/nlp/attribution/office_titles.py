"""Offices whose words read as a name's: an honorific opening an office, and an office the recognizer took for a body.

'The Lord Mayor of Westhallow, Councillor Ben Adebayo, said X. The Lord Mayor said Y' and 'The Lord Chief Justice,
Lady Vane, said X. The judge said Y': after 'Lord' or 'Lady' the name-finding reads a person 'Mayor' or 'Chief
Justice' (the honorific before capitalised words), who then takes the office's later mentions from its holder. A run of
capitalised role nouns after the honorific is the office, no name, when the article writes it as an office somewhere:
after 'the' or before 'of' ('the Lord Mayor', 'Lord Provost of X'); a bare 'Lord Judge said' keeps the peer whose
surname is a role's word.

'The Local Government Ombudsman, Priya Nair, said X. The ombudsman said Y': the office tagged a body gives its holder
the body ('org:...') and not the role its last word names, so 'the ombudsman' went to the body; the role noun that
ends such a name is the holder's role too (``affiliations.role_words``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...aliases import TITLES
from .lexicon import Lexicon
from .tables import words_of

#: honorifics that open an office as well as a peer's name ('Lord Mayor', 'Lady Mayoress')
_OPENERS = frozenset(["lord", "lady"])


def without_honorific_offices(doc: Doc, ents: list[Span], role_nouns: frozenset[str]) -> list[Span]:
    """The entities without each person's that is only an office's role nouns after 'Lord' or 'Lady' (the honorific
    in it or right before it) where the article writes that office after 'the' or before 'of'."""
    return [e for e in ents if not (e.label_ == "PERSON" and _office_words(doc, e, role_nouns))]


def _office_words(doc: Doc, ent: Span, role_nouns: frozenset[str]) -> bool:
    words = words_of(doc)
    start = ent.start + (words.lower[ent.start] == "the")
    if start < ent.end and words.lower[start] in _OPENERS:
        opener = start
        start += 1
    else:
        opener = ent.start - 1
    if opener < 0 or words.lower[opener] not in _OPENERS or not words.text[opener][:1].isupper() or start >= ent.end:
        return False
    office = [words.lower[k] for k in range(start, ent.end)]
    if not all(w in role_nouns or w in TITLES for w in office) or not all(
            words.text[k][:1].isupper() for k in range(start, ent.end)):
        return False
    return _written_as_office(words, [words.lower[opener], *office])


def _written_as_office(words, office: list[str]) -> bool:
    """Whether the article writes the words ``office`` (folded) after 'the' or before 'of' anywhere."""
    n, size = len(words.lower), len(office)
    for k in range(1, n - size + 1):
        if words.lower[k : k + size] == office and (
                words.lower[k - 1] == "the" or k + size < n and words.lower[k + size] in ("of", "for")):
            return True
    return False


def office_noun(token: Token, org: Span | None, lex: Lexicon) -> str | None:
    """The role noun that ends the name of a body ``org`` that ``token`` is the last word of ('Local Government
    Ombudsman', "Children's Commissioner"): the office's holder is 'the ombudsman' too; not a word of bodies
    ('chairman of the Brell Group' holds no role 'group')."""
    if org is None or token.i != org.end - 1 or len(org) < 2 or token.is_lower:
        return None
    lemma = token.lemma_.lower()
    return lemma if lemma in lex.role_nouns and lemma not in lex.organisation_words else None


__all__ = ["office_noun", "without_honorific_offices"]
