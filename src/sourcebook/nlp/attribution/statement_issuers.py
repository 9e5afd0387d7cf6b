"""Who an 'it' that speaks stands for right after a sentence telling of a statement issued or read:
the body that issued it (``anaphora`` asks first).

'A solicitor for the mill read a statement outside Dunmore Crown Court. "We regret the fire," it
said.': 'it' is the statement, and so its issuer speaks: not the court or the police named as the
place or the channel ('released a statement through the police'), nor a word inside the quotation.
The sentence before (past the quotation's own earlier sentences) has an object that is a written
text or a statement (``written_nouns.txt``); the one its main clause's subject stands for or acts
for speaks: a named body, a body's noun, or a person's role with the body after 'for' or 'of' ('a
solicitor for the mill': the mill), else the subject as described ('the family of the victim').
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import word_set
from .antecedents import body_before_noun
from .body_salience import body_named
from .descriptions import description_of
from .subjects import main_subject, sentence_span

if TYPE_CHECKING:
    from .anaphora import Salience
    from .speakers import Resolved, SpeakerResolver

#: how many sentences of one quotation the issuing sentence may lie back ('"X. Y," it said')
_BACK = 4


def statement_issuer(resolver: SpeakerResolver, offset: int, sentence: int, salience: Salience) -> Resolved | None:
    """The issuer of the statement the 'it' at ``offset`` stands for, else None."""
    from .speakers import ORG, Resolved

    if resolver.in_quote(offset):
        return None
    for before in range(sentence - 1, max(-1, sentence - 1 - _BACK), -1):
        span = sentence_span(resolver, before)
        if span is None:
            return None
        if resolver.in_quote(span[0].idx) or span[0].is_quote and resolver.in_quote(span[min(1, len(span) - 1)].idx):
            continue  # (an earlier sentence of the same quotation)
        root = span.root
        written = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in resolver.lex.written_nouns]
        author = next((a for c in written for a in _authors(c)), None) or next(iter(_behalf(root) if written else []), None)
        named = _author_named(resolver, author, salience) if author is not None else None
        if named is not None:  # ('the court read a statement from the family': the family's words)
            return named
        if not any(c.dep_ == "dobj" for c in written):
            return None
        subject = main_subject(span)
        if subject is None or resolver.in_quote(subject.idx) or subject.pos_ == "PRON":
            return None
        for noun in (subject, *_acted_for(subject)):
            name = body_named(resolver, noun) if noun.pos_ == "PROPN" else None
            if name is not None:
                return Resolved(name, ORG)
            if noun.pos_ == "NOUN" and (body_before_noun(resolver.lex, noun) or noun.head.lower_ == "for" and (
                    noun.lemma_.lower() not in resolver.lex.speaking_nouns)):  # ('a solicitor for the mill')
                return description_of(resolver, noun, salience)
        return description_of(resolver, subject, salience)
    return None


def _authors(text: Token) -> list[Token]:
    """Who wrote a text the sentence names: the one after 'from' or 'by', or 'on behalf of' ('a
    statement from the family', 'a letter by two residents'); no pronoun ('a letter from him')."""
    found = [g for c in text.rights if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"]
    return [g for g in found + _behalf(text) if g.pos_ in ("NOUN", "PROPN")]


def _behalf(head: Token) -> list[Token]:
    """Whom 'on behalf of' after ``head`` names (on the text or, as the parser may hang it, the verb)."""
    return [g for c in head.rights if c.dep_ == "prep" and c.lower_ == "on" for b in c.children if b.lower_ == "behalf"
            for o in b.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children
            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


def _author_named(resolver: SpeakerResolver, author: Token, salience: Salience) -> Resolved | None:
    """The author a text came from: a body or person by name, else as described; none for a place
    it was sent from ('from Geneva', 'from the capital': ``vantage_nouns.txt``) or a name unknown."""
    from .speakers import ORG, PERSON, Resolved

    if author.pos_ != "PROPN":
        lemma = author.lemma_.lower()
        if lemma not in resolver.lex.speaking_nouns or lemma in _vantages():
            return None
        return description_of(resolver, author, salience)
    if author.ent_type_ in ("GPE", "LOC", "FAC"):
        return None
    name = body_named(resolver, author)
    if name is not None:
        return Resolved(name, ORG)
    person = resolver.person_for([t for t in author.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [author])
    return Resolved(person.name, PERSON, person.affiliation, person.gender) if person is not None else None


@cache
def _vantages() -> frozenset[str]:
    return word_set("attribution/vantage_nouns")


def _acted_for(subject: Token) -> list[Token]:
    """The body a role acts for or belongs to ('a solicitor for the mill': 'mill')."""
    return [g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
            for g in c.children if g.dep_ == "pobj"]
