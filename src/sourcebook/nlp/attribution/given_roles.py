"""Role words a definite role phrase may take back from the name the article gave them (``roles.role``,
``affiliations``): a noun for a person with a person's ending ('the coroner', 'the trustee') or among the people of
``source_nouns.txt`` with none ('Ruth Okafor, dean of the law school, said X. The dean said Y' is Okafor; so 'the
provost', 'the principal'), and a role written with hyphens that the tokenizer keeps whole ('X, vice-chancellor of Y
... the vice-chancellor'). Only when a person of the article holds that role: a 'dean' no one was called stays a
description."""

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
