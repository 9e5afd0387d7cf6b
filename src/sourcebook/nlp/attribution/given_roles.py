"""Role words a definite role phrase may take back from the name the article gave them (``roles.role``,
``affiliations``): a noun for a person with a person's ending ('the coroner', 'the trustee') or among the people of
``source_nouns.txt`` with none ('Ruth Okafor, dean of the law school, said X. The dean said Y' is Okafor; so 'the
provost', 'the principal'), and a role written with hyphens that the tokenizer keeps whole ('X, vice-chancellor of Y
... the vice-chancellor'), and the doer of a relative clause on the name ('X, who grows beet, ... The grower
said': ``doer_words``, read by ``affiliations``). Only when a person of the article holds that role: a 'dean' no one
was called stays a description."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .syntax import PERSON_SUFFIXES  # (and for ``affiliations``)


def person_word(lemma: str) -> bool:
    """Whether ``lemma`` may stand for a person the article named with it ('dean', 'provost', 'registrar')."""
    return lemma.endswith(PERSON_SUFFIXES) or lemma in word_set("attribution/source_nouns")


def role_word(token: Token) -> bool:
    """Whether ``token`` is a word a role is named by: letters, or letters joined by hyphens as the tokenizer keeps a
    hyphenated role whole ('vice-chancellor', ``hyphenated_roles.txt``), which 'is_alpha' is not."""
    return token.is_alpha or "-" in token.text and token.text.replace("-", "").isalpha()


def role_lemma(token: Token) -> str:
    """The word a role is matched by: its lemma, but a modifier in '-ing' as written, which the tagger reads as a noun
    in one mention and a verb in the next ('The agency's acting director, Maria Ruiz, ... The acting director said' is
    Ruiz: 'acting' both times, not 'acting' and 'act'; so 'managing director', 'visiting professor')."""
    return token.lower_ if token.lower_.endswith("ing") else token.lemma_.lower()


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
        words |= {g.lemma_.lower() + doer for g in clause.children if g.dep_ == "dobj" and g.is_alpha}  # 'beekeeper'
    return words
