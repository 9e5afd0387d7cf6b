"""The body an unnamed role phrase names itself, and whether a person named before holds the
role for that body: 'The European Council president said X' is not Andrej Kovar, introduced as
the president of Zhelvia, nor 'the Senate president' the president of a republic. A role whose
own modifier or 'of' phrase names a body ('the Kestrel Bank chairman', 'the chairman of Kestrel
Bank') is only someone the article gave that body, or no body at all (``roles.role`` reads this)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import canonical_name, fold
from .affiliations import _text, _without_article

if TYPE_CHECKING:
    from .index import ArticleIndex
    from .people import Person

#: a body's name words that tell no body from another ('the', 'of')
_GLUE = frozenset(["the", "of", "for", "and", "&", "a"])
#: parties, whose words a role shares with its holder's in ``roles`` ('the Democratic nominee')
_PARTIES = frozenset(["democratic", "democrat", "democrats", "republican", "republicans", "gop"])


def role_bodies(index: ArticleIndex, span: Span, head: Token) -> set[str]:
    """The bodies the role phrase at ``head`` names in its own words: an organisation in a modifier
    before the noun ('The European Council president', "the Senate's president") or in an 'of',
    'for' or 'at' phrase on it ('the president of the European Council'); not a place or a
    nation, whose adjective and name differ ('the French president', 'the president of France'),
    nor a party, nor what a clause on the role says ('the president, who told the BBC')."""
    tokens = [t for m in head.lefts if m.dep_ in ("compound", "nmod", "poss", "amod") for t in m.subtree]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at") and span.start <= prep.i < span.end:
            tokens += [g for g in prep.children if g.dep_ == "pobj"]
    names: set[str] = set()
    for token in tokens:
        for ent in index.ents_in(token.i, token.i + 1):
            words = _without_article([t for t in ent if t.tag_ != "POS"])
            if ent.label_ == "ORG" and words and not {t.lower_ for t in words} & _PARTIES:
                names.add(index.full_name(canonical_name(_text(words))))
    return names


def held_elsewhere(index: ArticleIndex, bodies: set[str], person: Person) -> bool:
    """Whether ``person`` is known as one of another body than all of ``bodies`` (the role's own):
    their roles name organisations and none of them is one of those (a name's words within the
    other's, 'Kestrel' of Kestrel Bank, or its initials); a person of no known body may hold it."""
    theirs = [w.removeprefix("org:") for w in person.roles if w.startswith("org:")]
    if not bodies or not theirs:
        return False
    known = [_words(index, name) for name in theirs]
    affiliation = set(fold(person.affiliation or "").split())
    for body in bodies:
        mine = _words(index, body)
        if mine and mine <= affiliation:
            return False
        if any(mine and other and (mine <= other or other <= mine) or _initials(body, other) for other in known):
            return False
    return True


def _words(index: ArticleIndex, name: str) -> set[str]:
    return set(fold(index.full_name(canonical_name(name))).split()) - _GLUE


def _initials(name: str, words: set[str]) -> bool:
    """'EC' for a name of the words {'european', 'commission'} (in any order: a set's)."""
    return name.isupper() and 1 < len(name) == len(words) and sorted(name.lower()) == sorted(w[0] for w in words)
