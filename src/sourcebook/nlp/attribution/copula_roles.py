"""The role a copula gives a named person ('Priya Dutt has been head teacher at Brackley Primary since 2019'
makes her 'the head teacher' later on), and so does one in a relative clause set on the name ('Kofi Odum, who has been
harbour master since 2019, said X' makes him 'the harbour master'); not one after a modal ('who could become mayor in
May': not yet hers).

An apposition gives a person a role ('Ben Ord, head teacher at Fenwick School,'; ``affiliations``), but a writer
may state the role in the person's own sentence instead, after 'be', 'become' or 'remain' or a passive of
appointing ('was elected mayor of Ambry', 'was named chief executive'): the person holds the role's words as an
apposition's, so 'The head teacher said X' is hers (``roles.role`` matches them). Only the role's own words up
to its noun and a named body after 'of', 'at' or 'for' ('chief executive of Norlan Water'), not the words of an
owner or of another person in it ('is the mayor's daughter', 'is a critic of the mayor'); not a role denied
('is no longer the mayor', 'was not elected mayor'), nor a noun that names no person's role ('was a success'),
nor one that says only what kind of person one is ('is a man who is lost', 'is a fan'; ``bare_person_nouns.txt``)
or a kin's, nor a noun with a relative clause, a description of the person and not an office.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .affiliations import role_words
from .given_roles import person_word
from .word_forms import listed

if TYPE_CHECKING:
    from .index import ArticleIndex

#: verbs whose subject is what their attribute names, and passives that make their subject so
_COPULAS = frozenset(["be", "become", "remain"])
_APPOINTED = frozenset(["appoint", "elect", "name"])
_BODY_LABELS = frozenset(["ORG", "GPE", "FAC"])
#: the subject of a relative clause that stands for the name it is set on
_RELATIVE_SUBJECTS = frozenset(["who", "that"])


def copula_roles(index: ArticleIndex, ent: Span) -> set[str]:
    """The role words the copula of a person's own clause gives them, or of a relative clause set on their name
    ('Kofi Odum, who has been harbour master since 2019, said X'); empty when neither gives one."""
    root = ent.root
    roles = _given(index, root, root.head)
    if roles:
        return roles
    relative = next((c for c in root.rights if c.dep_ == "relcl"), None)
    who = relative and next((c for c in relative.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < relative.i
                             and c.lower_ in _RELATIVE_SUBJECTS), None)
    return _given(index, who, relative) if who is not None and relative is not None else set()


def _given(index: ArticleIndex, root: Token, verb: Token) -> set[str]:
    """The role words the copula ``verb`` gives its subject ``root``."""
    lemma = verb.lemma_.lower()
    if not (root.dep_ == "nsubj" and lemma in _COPULAS or root.dep_ == "nsubjpass" and lemma in _APPOINTED):
        return set()
    noun = next((c for c in verb.children if c.dep_ in ("attr", "oprd") and c.i > verb.i), None)
    if noun is None or not _a_noun(index, noun) or not _a_role(index, noun):
        return set()
    between = verb.doc[root.right_edge.i + 1 : noun.i]
    if any(t.dep_ == "neg" or t.lower_ in ("longer", "never") or t.tag_ == "MD" for t in between):
        return set()  # ('is no longer the mayor', 'was not elected mayor'; 'who could become mayor in May': not yet hers)
    if any(c.dep_ in ("poss", "relcl") for c in noun.children):
        return set()  # ('is the mayor's daughter': a relation; 'is a man who is lost': a description)
    tokens = [t for t in verb.doc[noun.left_edge.i : noun.i + 1] if t.dep_ not in ("det", "punct") and not t.like_num]
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
            tokens += [t for t in prep.subtree if t.ent_type_ in _BODY_LABELS]
    return role_words(index, tokens)


def _a_noun(index: ArticleIndex, noun: Token) -> bool:
    """Whether ``noun`` is a singular noun, or a role's own word the parser tagged an adjective for want of an article
    ('was headteacher at Brell Academy'; not 'was very official')."""
    if noun.pos_ == "NOUN" and noun.tag_ == "NN":
        return True
    return noun.pos_ == "ADJ" and noun.lower_ in index.lex.role_nouns and not any(
        c.dep_ in ("advmod", "npadvmod") for c in noun.children)


def _a_role(index: ArticleIndex, noun: Token) -> bool:
    """Whether ``noun`` names a person's role or trade ('teacher', 'mayor', 'executive'; not 'success')."""
    lemma = noun.lemma_.lower()
    if lemma in word_set("attribution/bare_person_nouns") or lemma in index._kin_words:
        return False  # ('is a man', 'is a fan of the club', 'is her sister': no role)
    return listed(noun, index.lex.role_nouns) or person_word(lemma)
