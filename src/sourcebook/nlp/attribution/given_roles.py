"""Role words a definite role phrase may take back from the name the article gave them (``roles.role``,
``affiliations``): a noun for a person with a person's ending ('the coroner', 'the trustee') or among the people of
``source_nouns.txt`` with none ('Ruth Okafor, dean of the law school, said X. The dean said Y' is Okafor; so 'the
provost', 'the principal'), and a role written with hyphens that the tokenizer keeps whole ('X, vice-chancellor of Y
... the vice-chancellor'), and the doer of a relative clause on the name ('X, who grows beet, ... The grower
said'; one who keeps the business they own or run, 'who owns a corner shop ... The shopkeeper said': ``doer_words``,
read by ``affiliations``). Only when a person of the article holds that role: a 'dean' no one was called stays a
description."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..lexicon import tagged, word_set
from .syntax import PERSON_SUFFIXES  # (and for ``affiliations``)


def person_word(lemma: str) -> bool:
    """Whether ``lemma`` may stand for a person the article named with it ('dean', 'provost', 'registrar'); not a
    body of the list's groups, whose noun a person holds only as where they work ('Marek Lind, a violinist with the
    orchestra, said X. Refunds will be offered, the orchestra said' is the orchestra's word, not Lind's)."""
    return lemma.endswith(PERSON_SUFFIXES) or listed_person(lemma)


def listed_person(lemma: str) -> bool:
    """Whether ``lemma`` is a noun of ``source_nouns.txt`` that is no body ('mechanic', 'chef', 'vet'; its documents
    are the callers' to leave out)."""
    return lemma in _people_nouns()


@cache
def _people_nouns() -> frozenset[str]:
    return word_set("attribution/source_nouns") - tagged("attribution/source_nouns", "group")


def role_word(token: Token) -> bool:
    """Whether ``token`` is a word a role is named by: letters, or letters joined by hyphens as the tokenizer keeps a
    hyphenated role whole ('vice-chancellor', ``hyphenated_roles.txt``), which 'is_alpha' is not."""
    return token.is_alpha or "-" in token.text and token.text.replace("-", "").isalpha()


def role_lemma(token: Token) -> str:
    """The word a role is matched by: its lemma, but a modifier in '-ing' as written, which the tagger reads as a noun
    in one mention and a verb in the next ('The agency's acting director, Maria Ruiz, ... The acting director said' is
    Ruiz: 'acting' both times, not 'acting' and 'act'; so 'managing director', 'visiting professor')."""
    return token.lower_ if token.lower_.endswith("ing") else token.lemma_.lower()


def worded_holders(matches: list, span: Span, head: Token) -> list:
    """Of the (score, person) ``matches`` for a role phrase of two words or more, those whose role the article wrote
    in those words, when some are and some are not: 'The council leader, Anita Sharma, ... The opposition leader on the
    council, Karen Doyle, ... The council leader denied it' is Sharma, though Doyle holds 'council' and 'leader' too
    and was named last."""
    words = [t.lower_ for t in span if t.i <= head.i and t.dep_ not in ("det", "poss", "case") and not t.is_punct]
    if len(words) < 2 or len(matches) < 2:
        return matches
    phrase = f" {' '.join(words)} "  # (whole words: 'top aide' is not the 'top aides' of two people named together)
    worded = [m for m in matches if phrase in f" {(m[1].affiliation or '').lower()} "]
    return worded if worded and len(worded) < len(matches) else matches


def misread_role(head: Token) -> bool:
    """Whether ``head``, the noun a name is set beside, is a person's role in lower case the tagger took for an
    adjective or a name, as it does after a quotation's verb ('"...," said the mechanic, Aled Kell, 52', 'said the
    baker, Sandra Pike'): the role is hers as a noun's would be, so a later 'the baker' finds her."""
    return head.is_lower and head.tag_ in ("JJ", "NNP") and person_word(head.lower_) and any(
        c.dep_ == "det" for c in head.children)


#: verbs of a trade or a calling, whose doer is a role ('who grows beet': 'grower'; not 'who lost the seat')
_TRADES = word_set("attribution/trade_verbs")


def doer_words(name: Token) -> set[str]:
    """The nouns for the doer of what a relative clause on a name says one does, as role words a later 'the grower'
    takes back: 'Tamsin Rudd, who grows beet near Hollesby, ... The grower said' ('grower'); 'who bakes bread'
    ('baker'), 'who keeps bees' ('keeper', 'beekeeper'), 'who makes wine' ('winemaker')."""
    words = set()
    for clause in name.rights:
        if clause.dep_ != "relcl" or clause.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.lower_ == "who"
                                                                     for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        if lemma not in _TRADES:
            continue
        doer = lemma + "r" if lemma.endswith("e") else lemma + "er"
        words.add(doer)
        for thing in (g.lemma_.lower() for g in clause.children if g.dep_ == "dobj" and g.is_alpha):
            words |= {thing + doer, *trade_nouns(thing)}  # 'beekeeper'; 'who owns a corner shop': 'the shopkeeper'
    return words


def trade_nouns(business: str) -> set[str]:
    """The nouns for one who keeps the business a noun names, the same trade as its owner's: 'shop' ->
    'shopkeeper'; 'farm' -> 'farmer'; 'bakery' -> 'baker', 'brewery' -> 'brewer'; 'inn' -> 'innkeeper'."""
    nouns = {business + "keeper", business + ("r" if business.endswith("e") else "er")}
    if business.endswith("ery"):
        nouns.add(business[:-1])
    return nouns


def acronym_role(token: Token, role_nouns: frozenset[str]) -> bool:
    """Whether ``token`` is a role's initials the NER tagged an organisation of its own, after a determiner or a
    possessive ('The CFO said', "the company's CFO"): a role, not a body (the words of ``role_nouns``)."""
    return token.is_upper and token.lower_ in role_nouns and token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I") and any(
        c.dep_ in ("det", "poss") for c in token.children)
