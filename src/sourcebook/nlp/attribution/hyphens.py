"""Words joined by hyphens that the parser left in pieces side by side.

The tokenizer splits 're-exported' and 'Hae-rin' at the hyphen, and the parser sometimes hangs
every piece on the same word with the same relation ('re', '-', 'exported' three clauses of
'said'; 'Hae', '-', 'rin' three subjects; or the hyphen as punctuation between two subjects,
"O'Donoghue-Mbeki said"), so that each rule after takes the last piece alone
('Yun Hae-rin said X' spoken by 'rin') or cuts the content at the hyphen ('the goods were re |
exported'). When every piece of a word joined without spaces hangs on one head outside it with
one relation, the pieces before the last are hung on the last, and their dependents with them:
the word is one subtree again, as the parser builds it for most hyphenated words.

A word counting what a person has ('a mother-of-two', 'the dad-of-three') is headed by its noun,
as 'the mother of two' is: the parser may make the number its head, so that the source of 'the
mum-of-two said' was 'two', no person. The noun takes the word's relation to the outside.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .arcs import set_arcs
from .tables import places, words_of

HYPHENS = frozenset(["-", "\u2010", "\u2011"])


def pieces_from(doc: Doc, start: int) -> list[Token]:
    """The pieces of the word joined by hyphens that opens at ``start`` (one piece when none)."""
    pieces = [doc[start]]
    i = start
    while i + 2 < len(doc) and doc[i + 1].text in HYPHENS and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        pieces += [doc[i + 1], doc[i + 2]]
        i += 2
    return pieces


def hyphenated_words(doc: Doc, after: int = 2) -> Iterator[list[Token]]:
    """The pieces of each word of ``doc`` joined by hyphens with ``after`` words or more from its first
    piece to the end of the Doc (no Token made for a word in one piece)."""
    words = words_of(doc).text
    size = len(words)  # (the Doc's length, read once: ``len(doc)`` is a call per word)
    i = 0  # (the first word not yet taken into a word's pieces)
    # (a word's first piece stands right before a hyphen: the hyphens are found in one pass, most words have none)
    for hyphen in places(words, HYPHENS, 0, size):
        if hyphen - 1 < i or hyphen - 1 + after >= size:
            continue
        pieces = pieces_from(doc, hyphen - 1)
        i = pieces[-1].i + 1
        yield pieces


def join_hyphenated(doc: Doc) -> None:
    """Hang the pieces of each word the parser left side by side on its last piece (in place;
    sentences stay as they were, or nothing changes)."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for pieces in hyphenated_words(doc):
        last = pieces[-1]
        if _counted(pieces):
            _head_first(pieces, heads, deps)
            continue
        # (a hyphen may hang there as punctuation: "O'Donoghue", '-', 'Mbeki' two subjects of 'said')
        if len(pieces) < 3 or any(p.head.i != last.head.i or p.dep_ != last.dep_ and not (
                p.dep_ == "punct" and p.text in HYPHENS) for p in pieces):
            continue
        if last.head.i in (p.i for p in pieces) or not last.is_alpha and not last.like_num:
            continue
        inside = {p.i for p in pieces}
        for piece in pieces[:-1]:
            heads[piece.i], deps[piece.i] = last.i, "punct" if piece.text in HYPHENS else "compound"
            for child in piece.children:
                if child.i not in inside:
                    heads[child.i] = last.i
    if heads:
        set_arcs(doc, heads, deps)


def _counted(pieces: list[Token]) -> bool:
    """'mother-of-two', 'father-of-three': a noun, 'of' and a number, headed by the number."""
    return (len(pieces) == 5 and pieces[0].pos_ == "NOUN" and pieces[2].lower_ == "of" and pieces[4].like_num
            and pieces[0].head.i in (p.i for p in pieces) and pieces[-1].head.i not in (p.i for p in pieces))


def _head_first(pieces: list[Token], heads: dict[int, int], deps: dict[int, str]) -> None:
    noun, of, number, last = pieces[0], pieces[2], pieces[4], pieces[-1]
    heads[noun.i], deps[noun.i] = last.head.i, last.dep_
    heads[of.i], deps[of.i] = noun.i, "prep"
    heads[number.i], deps[number.i] = of.i, "pobj"
    for hyphen in (pieces[1], pieces[3]):
        heads[hyphen.i], deps[hyphen.i] = noun.i, "punct"
    inside = {p.i for p in pieces}
    for child in last.children:
        if child.i not in inside:
            heads[child.i] = noun.i
