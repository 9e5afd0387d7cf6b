"""Whether 'X to Y' after a change word in the past tense and its 'by' is the size of the change and the level it
reached ('dropped by 40,000 to 115,000', 'rose by 150 to 420'), though Y is less than three times X, the bound below
which ``numbers`` reads the two as a range of the change ('will rise by 1.5 to 2 degrees', 'could rise by 30 to 60
centimetres', 'expects sales to grow by 11 to 13 percent'). A range of a change is mostly a forecast's; a report of
what happened gives the change and where it left the level. A report may still give a range of its own, but a close
one ('Sea levels have risen by 21cm to 24cm since 1880', the third figure set): a report's two numbers are a change
and a level only when Y is more than twice X. A first number that borrows the second's mark ('fell by 3 to 5%')
stays a range: a change and a level of a share write both marks ('by 2% to 9%').
"""

from __future__ import annotations

from .grammar import Lexicon

__all__ = ["reached_level"]


def reached_level(text: str, start: int, sep: str, values: tuple[float, float], own_mark: bool, lex: Lexicon) -> bool:
    """Whether the two numbers ``values`` of an 'X to Y' starting at ``start`` in ``text`` (joined by ``sep``) are a
    change and the level it reached: 'to' right after a change word in the past tense and 'by', Y more than twice X,
    the first number carrying its own mark or neither any (``own_mark``)."""
    first, second = values
    return sep == "to" and own_mark and second > 2 * first and \
        lex.reported_change_re.search(text, max(0, start - 40), start) is not None
