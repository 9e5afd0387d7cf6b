"""'All' before the subject of a relative with no pronoun, the object of the verb and no part of
its source: 'That was all the treasurer said.', 'All the coach said was that the squad was tired':
the source is 'the treasurer', 'the coach'. Only before a singular noun or a name: 'All the
ministers said X' may be every minister, the source whole."""

from __future__ import annotations

from spacy.tokens import Token


def predeterminer_all(token: Token) -> Token | None:
    """The 'all' that opens the subject ``token``'s phrase before a singular noun, if any."""
    if token.tag_ not in ("NN", "NNP") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next((c for c in token.lefts if c.dep_ == "predet" and c.lower_ == "all"), None)
