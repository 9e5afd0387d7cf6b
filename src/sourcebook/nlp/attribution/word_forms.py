"""A word of a word list by its form or by its lemma, the one test many rules write out. The
lists hold lemmas, but the tagger does not always give the lemma listed: a plural it left whole
('The surveys found X', 'polls' read as a proper noun), a noun given its verb's lemma; so a rule
asks whether either is listed ('The audits show X': 'audits' or 'audit')."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token


def listed(token: Token, words: Container[str]) -> bool:
    """Whether ``token``'s form in lower case or its lemma in lower case is one of ``words``."""
    return token.lower_ in words or token.lemma_.lower() in words
