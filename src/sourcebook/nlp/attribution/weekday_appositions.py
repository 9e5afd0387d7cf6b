"""A weekday the parser hung on a role noun as its apposition: 'The minister Friday said X' ('Friday'
read as the minister's name). A bare weekday right after the head, not set off by a comma, says when
the one described spoke or acted, not who it is, so the source ends before it (``occasions``) and the
description the speaker is named by is 'minister', not 'minister Friday'. (Not a weekday set off by
commas as a name might be, nor one inside a longer phrase: 'the Friday prayers'.)"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import entries, table

#: the weekdays, lower case ('monday')
WEEKDAYS = frozenset(entries(table("calendar")["weekdays"]))


def weekday_after_head(token: Token) -> bool:
    """Whether ``token`` is a bare weekday hung as an apposition right after its head ('minister Friday')."""
    return (token.dep_ == "appos" and token.lower_ in WEEKDAYS and token.head.i == token.i - 1
            and token.left_edge.i == token.right_edge.i == token.i and token.head.pos_ == "NOUN")
