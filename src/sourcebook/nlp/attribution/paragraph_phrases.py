"""A quotation opening the paragraph below a report that already has its content, and not ending its sentence, is
a phrase of the writer's sentence there, a title or a name, not the words the cue above leads to (for
``direct``): 'Carvel theatre announces spring season' / '"Don't Tell Mother", a farce, opens the season on 2
March.' Not the quotation a cue with no content of its own leads to across the break ('The mayor said' /
'"We will rebuild."'), nor one after a colon, nor one that closes its sentence ('The union warned of cuts' /
'"The money has run out."')."""

from __future__ import annotations

from ..quotes import Quote
from .candidate import Candidate
from .connective_quotes import ends_sentence


def phrase_below(text: str, cand: Candidate, gap: str, q: Quote) -> bool:
    """Whether ``q``, after ``gap`` below ``cand``'s last part, is a phrase of the writer's next paragraph (see the
    module)."""
    return bool(cand.contents) and "\n" in gap and ":" not in gap and not ends_sentence(text, q)
