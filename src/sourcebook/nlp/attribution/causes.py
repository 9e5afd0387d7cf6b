"""Verbs that bring a noun of saying about, for ``nouns``: 'The documents raised new questions about
X', 'the clash prompted fears that Y', 'the delays begged the question of whether Z'. A thing that
raises questions asks nothing: the questions are others', and its subject is no source of them. One who
can speak holds what it raises ('The senator raised questions about X', ``syntax.source_like``)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like

#: verbs whose subject gives rise to the questions, fears or doubts their object names
_CAUSING = frozenset(["raise", "prompt", "spark", "beg", "trigger", "provoke", "fuel", "stir", "renew", "revive",
                      "reignite", "ignite", "generate", "create", "elevate", "heighten", "deepen", "intensify", "leave",
                      "invite"])


def raised_by_a_thing(lex: Lexicon, verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is a thing that, by ``verb``, gives rise to the noun of saying ``verb`` governs."""
    return verb.lemma_.lower() in _CAUSING and not source_like(lex, subject)
