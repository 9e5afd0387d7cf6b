"""A clause of result after a verb of saying: 'The coach said enough that the players stopped
listening', 'She talked so much that the meeting ran late'. The parser hangs the 'that' clause on the
verb as its complement, but after 'enough' or 'so' with an adverb of degree ('so much', 'so often',
'so loudly') it tells what the saying brought about, not what was said: no content (the saying may
still be a report with another content, which the other rules find). Not 'enough' after an adverb of
manner or frequency: 'The mayor said often enough that the road would close', 'said clearly enough
that X' tell how plainly or how often X was said, and X is the content."""

from __future__ import annotations

from spacy.tokens import Token

#: the words of degree that open a clause of result when 'that' follows them ('enough that', 'so much that')
_DEGREE = frozenset(["enough"])
#: the words that take a clause of result after 'so' ('so much that', 'so often that')
_AFTER_SO = frozenset(["much", "often", "loudly", "many", "long", "little", "forcefully", "strongly", "hard"])


def result_clause(clause: Token) -> bool:
    """Whether ``clause`` opens with 'that' right after 'enough' or after 'so' and an adverb of degree."""
    first = clause.left_edge
    if first.lower_ != "that" or first.i < 2:
        return False
    doc = clause.doc
    before = doc[first.i - 1]
    if before.lower_ in _DEGREE:
        return doc[before.i - 1].tag_ != "RB"  # (not 'said often enough that X')
    return before.lower_ in _AFTER_SO and doc[first.i - 2].lower_ == "so"
