"""A frame's gerund of what one would not go as far as doing: 'The governor stopped short of endorsing the
plan', 'She stopped short of calling for him to resign' (``guarded_frames.json``, kind 'deed'). PolNeAR
puts the gerund in the cue ('stopped short of fully endorsing') and what it would do in the content ('the
plan', 'for him to resign'), as a verb of stance with its object; a gerund with nothing after it says
nothing of what ('stopped short of apologising.') and gives no content. Only a person or a body holds a deed
back: a vehicle stops short of hitting a wall, which says nothing."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .word_forms import listed


def deed_holder(lex: Lexicon, subject: Token) -> bool:
    """Whether ``subject`` can hold a deed back: a name, a pronoun or a noun of those who speak ('the
    governor', 'the committee'), not a thing that moves ('The lorry stopped short of hitting the barrier')."""
    return subject.pos_ in ("PROPN", "PRON") or listed(subject, lex.speaking_nouns)


def gerund_deed(gerund: Token) -> tuple[list[Token], tuple[int, int]]:
    """The gerund with the adverbs before it ('fully endorsing'), the cue's last words, and the span of
    what comes after it in its phrase, the content (empty when nothing does)."""
    doc = gerund.doc
    words = [*doc[gerund.left_edge.i : gerund.i + 1]]
    end = gerund.right_edge.i
    while end > gerund.i and doc[end].is_punct:
        end -= 1
    if end == gerund.i:
        return words, (0, 0)
    return words, (doc[gerund.i + 1].idx, doc[end].idx + len(doc[end]))
