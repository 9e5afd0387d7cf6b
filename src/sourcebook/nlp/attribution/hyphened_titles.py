"""A title joined by hyphens right before a name, which the parser broke up ('Co-star Ann Lee said').

The tokenizer splits 'Co-star' and 'Ex-minister' at the hyphen, and the parser may hang the first
piece on the verb as its subject and the last one on that piece ('Co' the subject of 'said', 'star'
its apposition) or on the name ('Ex' the subject, 'minister' a compound of 'Lee'), so that the
source is cut to the name alone or to 'minister Ann Lee'. A title joined by hyphens that the parser
kept as one word ('Vice-president Ann Lee said') is a compound of the name, the source whole. When
the pieces of such a word (letters only, the last in lower case: a common noun) stand right before a
proper name and not as one subtree on it, and the word opens its phrase (after nothing, a
determiner, a possessive or a punctuation mark: not 'after a face-off Smith said'), its pieces are
hung on the last one and that one on the name as a compound, a determiner or
possessive of a piece ('Her co-star') on the name, as 'Co-founder Ann Lee' is parsed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .arcs import set_arcs
from .hyphens import HYPHENS, hyphenated_words

#: the tags of a word after which a title opens its phrase ('Her co-star Ann Lee', '"...," co-star Ann Lee said')
_OPENERS = frozenset(["DT", "PRP$", "POS", "WP$", ",", ":", "``", "''", "-LRB-", "HYPH", "CC"])


def _name_head(after: Token) -> Token | None:
    """The head of the name that opens at ``after`` ('Ann' in 'Ann Lee': 'Lee'), or None when none opens there."""
    if after.pos_ != "PROPN" or after.ent_type_ in ("DATE", "TIME"):
        return None  # (not 'an op-ed Thursday')
    head = after
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    return head


def _opens_phrase(doc: Doc, first: Token) -> bool:
    """Whether ``first`` opens its sentence or follows a word that a title may stand after."""
    return first.is_sent_start or doc[first.i - 1].tag_ in _OPENERS


def hyphened_titles(doc: Doc) -> None:
    """Hang each title joined by hyphens the parser broke up before a name on that name (in place;
    sentences stay as they were, or nothing changes)."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for pieces in hyphenated_words(doc, after=3):
        last = pieces[-1]
        words_only = [p for p in pieces if p.text not in HYPHENS]
        if not all(p.is_alpha for p in words_only) or not last.is_lower or last.i + 1 >= len(doc):
            continue
        after = doc[last.i + 1]
        name = _name_head(after) if last.whitespace_ and not after.is_sent_start else None
        if name is None or not _opens_phrase(doc, pieces[0]):
            continue
        inside = {p.i for p in pieces}
        if any(p.head.i == p.i for p in pieces) or any(a.i in inside for a in name.ancestors):
            continue  # (the word heads the sentence or the name: no title of it)
        if last.head.i == name.i and all(p.head.i in inside for p in pieces[:-1]):
            continue  # (one subtree on the name already)
        before = [c for p in pieces for c in p.children if c.i not in inside and c.i < last.i]
        if any(c.dep_ not in ("det", "poss") for c in before):
            continue  # (a piece holds words before it other than its determiner: no title alone)
        for piece in pieces[:-1]:
            heads[piece.i], deps[piece.i] = last.i, "punct" if piece.text in HYPHENS else "compound"
        heads[last.i], deps[last.i] = name.i, "compound"
        for piece in pieces:
            for child in piece.children:
                if child.i not in inside and child.i != name.i and child.i not in heads:
                    heads[child.i] = name.i
    if heads:
        set_arcs(doc, heads, deps)
