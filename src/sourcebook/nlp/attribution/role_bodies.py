"""The body an unnamed role phrase names itself, and whether a person named before holds the
role for that body: 'The European Council president said X' is not Andrej Kovar, introduced as
the president of Zhelvia, nor 'the Senate president' the president of a republic. A role whose
own modifier or 'of' phrase names a body ('the Kestrel Bank chairman', 'the chairman of Kestrel
Bank') is only someone the article gave that body, or no body at all (``roles.role`` reads this). So a role whose
possessive or modifier names a kind of body ('the company's boss', 'the charity's director', 'the council leader';
``attribution/body_kinds.txt``) is only someone of a body of that kind, or of one whose name says none ('the GMB'):
not 'Ms Vane, the chief executive of the Marlow Trust', whose trust is no company."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import canonical_name, fold
from ..lexicon import word_set
from .affiliations import _without_article
from .body_nouns import _GROUPS, FIRM_ENDINGS, body_fits, name_words
from .short_names import initials

if TYPE_CHECKING:
    from .index import ArticleIndex
    from .people import Person

#: a body's name words that tell no body from another ('the', 'of')
_GLUE = frozenset(["the", "of", "for", "and", "&", "a"])
#: parties, whose words a role shares with its holder's in ``roles`` ('the Democratic nominee')
#: a party's words and the party they name ('the Labour MP' is of a party, not of a body named 'Labour' that
#: the role belongs to; 'conservative' and 'liberal' also describe views, so are left out)
PARTY_WORDS = {"democratic": "d", "democrat": "d", "democrats": "d", "republican": "r", "republicans": "r", "gop": "r",
               "labour": "lab", "labor": "lab", "tory": "con", "tories": "con", "snp": "snp", "bjp": "bjp", "ndp": "ndp"}
_PARTIES = frozenset(PARTY_WORDS)


def whose_words(head: Token, deps: tuple[str, ...] = ("compound", "nmod", "poss")) -> list[Token]:
    """The words that say whose role ``head`` is: those of its possessive and of the names and nouns
    before it ("the Senate's president", 'The European Council president'), and those of the object
    of an 'of', 'for' or 'at' phrase on it ('the president of the European Council')."""
    words = [t for m in head.lefts if m.dep_ in deps for t in m.subtree]
    return words + [t for p in head.rights if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
                    for g in p.children if g.dep_ == "pobj" for t in g.subtree]


def role_bodies(index: ArticleIndex, span: Span, head: Token) -> set[str]:
    """The bodies the role phrase at ``head`` names in its own words (``whose_words``, an adjective's
    too): an organisation, not a place or a nation, whose adjective and name differ ('the French
    president', 'the president of France'), nor a party, nor what a clause on the role says ('the
    president, who told the BBC')."""
    names: set[str] = set()
    for token in whose_words(head, ("compound", "nmod", "poss", "amod")):
        for ent in index.ents_in(token.i, token.i + 1) if token.i < span.end else ():
            if ent.label_ == "ORG" and not {t.lower_ for t in ent} & _PARTIES and _without_article(list(ent)):
                names.add(index.body_name(ent))
    return names


def held_elsewhere(index: ArticleIndex, bodies: set[str], person: Person) -> bool:
    """Whether ``person`` is known as one of another body than all of ``bodies`` (the role's own):
    their roles name organisations and none of them is one of those (a name's words within the
    other's, 'Kestrel' of Kestrel Bank, or its initials); a person of no known body may hold it."""
    theirs = [w.removeprefix("org:") for w in person.roles if w.startswith("org:")]
    if not bodies or not theirs:
        return False
    known = [(index.full_name(canonical_name(other)), _words(index, other)) for other in theirs]
    affiliation = set(fold(person.affiliation or "").split())
    for body in bodies:
        mine = _words(index, body)
        if mine and mine <= affiliation:
            return False
        if any(mine and words and (mine <= words or words <= mine) or len(body) > 1 and initials(other.split(), fold=True) == body
               for other, words in known):
            return False  # (its initials in capitals, in order: 'EC' for the European Commission)
    return True


def kind_elsewhere(index: ArticleIndex, head: Token, person: Person) -> bool:
    """Whether the role phrase at ``head`` names its body by a kind ('the company's boss', 'the council leader') that
    none of the bodies ``person`` is known by is; a person of no known body, or of one whose name and introduction
    say no kind ('the GMB', 'Ferris'), may hold it. A body fits a kind its name holds in the plural ('Kelby Hospitals NHS
    Trust': 'the hospital's chief'), and a firm's noun when its name closes as a firm's does ('Marlow Trust Ltd', 'Brell
    Group': ``firm_name_endings.txt``), whatever its other words say."""
    kinds = {t.lemma_.lower() for t in head.lefts if t.dep_ in ("poss", "compound") and t.pos_ == "NOUN" and t.is_lower
             and t.lemma_.lower() in word_set("attribution/body_kinds")}
    theirs = [index.full_name(canonical_name(w.removeprefix("org:"))) for w in person.roles
              if w.startswith("org:") and w[4:5].isupper()]  # (a name, not the 'the' or ',' of its phrase)
    return bool(kinds and theirs) and not any(
        _fits(index, other, kind) or not _kind_said(index, other) for other in theirs for kind in kinds)


def _fits(index: ArticleIndex, name: str, kind: str) -> bool:
    """Whether the body ``name`` is of the ``kind`` a role phrase names it by."""
    words = name_words(name)
    plural = kind[:-1] + "ies" if kind.endswith("y") else kind + "s"
    return body_fits(index, name, kind) or plural in words or bool(words) and kind in word_set(
        "attribution/any_firm_nouns") and words[-1].rstrip(".") in word_set("attribution/firm_name_endings")


def _kind_said(index: ArticleIndex, name: str) -> bool:
    """Whether a body's name or the noun the article introduced it with says what kind of body it is."""
    said = word_set("attribution/body_kinds") | FIRM_ENDINGS | _GROUPS | index.lex.public_bodies
    return bool(set(name_words(name)) & said or index.descriptors.get(name))


def _words(index: ArticleIndex, name: str) -> set[str]:
    return set(fold(index.full_name(canonical_name(name))).split()) - _GLUE
