"""A plea entered in court: 'pleaded guilty to X', 'pleaded not guilty to Y', 'pleaded not guilty at an
arraignment' (for ``verbs``). The adjective is part of the cue and what it is to is the content (not where it
was pleaded: '... to theft at Leeds Crown Court'), also when the parser hung 'to' on the verb past a phrase of
time ('pleaded not guilty on Monday to charges of X') or read 'guilty' as a predicate ('pleaded guilty to theft
at X'); with nothing it is to, the plea itself is the content, as PolNeAR marks it ('Mr. X has pleaded' /
'not guilty')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .spoken_at import drop_trailing_occasion
from .syntax import span_of, subtree_span

Spans = list[tuple[int, int]]


def plea(lex: Lexicon, text: str, verb: Token, extra: list[Token]) -> Spans | None:
    """The content of a plea, or None when ``verb`` has no adjective after it ('guilty'); the adjective's
    words before 'to' go to ``extra`` (the cue)."""
    adjective = next((c for c in children_of(verb) if c.dep_ in ("acomp", "oprd") and c.i > verb.i), None)
    if adjective is None:
        return None
    to = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "to"), None) or next(
        (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to" and c.i > adjective.i), None)
    if to is not None and len(list(to.subtree)) >= 2:
        extra.extend(t for t in adjective.subtree if t.i < to.i and t.i <= adjective.i)
        return [drop_trailing_occasion(lex, text, verb.doc, subtree_span(to))]
    if to is not None or adjective.lower_ != "guilty" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(verb)):
        return None
    return [span_of([t for t in adjective.subtree if t.i <= adjective.i])]
