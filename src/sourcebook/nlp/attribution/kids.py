"""The children of a word, made once per parse of its Doc.

The rules that tell a cue verb from none (``noncues``, ``senses``, ``acts``, ...) and those that read its
source and content walk the same verb's children dozens of times, and each walk makes a new Token of every
child. The tuple is kept for as long as the words' table (``tables.words_of``) stands for the same parse:
a change of arcs or tags drops that table (``tables.forget``), and the next one read drops these too.
"""

from __future__ import annotations

from spacy.tokens import Token

from .tables import Words, words_of

#: the words' table the children were read under, and the children by word index
_LAST: tuple[Words, dict[int, tuple[Token, ...]]] | None = None


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, made once per word and parse."""
    global _LAST
    words = words_of(token.doc)  # (a new table after any change of the parse: ``tables.forget``)
    last = _LAST
    if last is None or last[0] is not words:
        last = _LAST = (words, {})
    found = last[1].get(token.i)
    if found is None:
        found = last[1][token.i] = tuple(token.children)
    return found


def lefts_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.lefts)``: the children before it (``Token.children`` gives them first, in order)."""
    i = token.i
    return tuple(c for c in children_of(token) if c.i < i)


def rights_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.rights)``: the children after it, in order."""
    i = token.i
    return tuple(c for c in children_of(token) if c.i > i)


def first_child(token: Token, *deps: str) -> Token | None:
    """The first child of ``token`` in one of the relations ``deps``, if any."""
    return next((c for c in children_of(token) if c.dep_ in deps), None)
