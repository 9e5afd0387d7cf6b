"""Who may hold the viewpoint of a 'from' or 'to' phrase of view ("From the farmers' perspective, Y",
"To the coach's mind, Y"; ``phrases.view_phrase``): a noun that can hold a view (``syntax.source_like``),
not the writer ('To my mind, the film is too long', 'From our perspective, Y': the writer's own view, as
'By our count' is the writer's own count) and not an imagined one ("From a beginner's perspective, the
app is confusing", "from a buyer's standpoint": a way of looking the writer takes up, not anyone's
report)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like

#: the writer's own possessives
_WRITER = frozenset(["my", "our"])


def holds_the_viewpoint(lex: Lexicon, holder: Token) -> bool:
    """Whether ``holder`` (the possessor or 'of' object of a 'from' or 'to' phrase of view) names one who
    holds it: someone who can hold a view, neither the writer nor an indefinite one ('a beginner's')."""
    if holder.lower_ in _WRITER or not source_like(lex, holder):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each") for c in holder.children)
