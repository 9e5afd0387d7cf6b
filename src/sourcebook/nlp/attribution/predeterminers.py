"""'All' before the subject of a relative with no pronoun, the object of the verb and no part of
its source: 'That was all the treasurer said.', 'All the coach said was that the squad was tired':
the source is 'the treasurer', 'the coach'. Only before a singular noun or a name: 'All the
ministers said X' may be every minister, the source whole; nor when the verb has words of its own
after it ('All the evidence suggested X', 'All the staff said X': every one of them, the source whole),
only a copula right after it ('All the coach said was X') or nothing."""

from __future__ import annotations

from spacy.tokens import Token

#: what a verb of saying takes after it as its content
_AFTER = frozenset(["ccomp", "dobj", "xcomp", "parataxis", "advcl"])


def predeterminer_all(token: Token) -> Token | None:
    """The 'all' that opens the subject ``token``'s phrase before a singular noun, if any."""
    if token.tag_ not in ("NN", "NNP") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    every = next((c for c in token.lefts if c.dep_ == "predet" and c.lower_ == "all"), None)
    if every is None:
        return None  # (looked for first: few subjects open with 'all', and the verb's children are walked only then)
    verb = token.head
    if any(c.i > verb.i and c.dep_ in _AFTER and not (c.i == verb.i + 1 and c.lemma_ == "be") for c in verb.children):
        return None  # ('All the evidence suggested he lied': the whole phrase the subject of a verb with content)
    return every
