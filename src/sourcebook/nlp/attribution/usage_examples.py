"""A dictionary's, a thesaurus's or a grammar page's example sentence, set after the label 'Example:' or
'Examples:' that opens a line or a sentence ('promise (verb): to say you will do something. Example: He
promised to phone his sister.'). The sentence shows how a word is used; it tells of no one's words, so its
verb of saying is no cue. Not 'For example, the mayor said X' (the writer's illustration of a real report,
with no label of its own), nor a quotation labelled otherwise. For ``noncues.not_a_cue``."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .tables import text_of

#: the label opening a line or a sentence, with the rest of that sentence up to the verb after it
_EXAMPLE = re.compile(r"(?:^|\n|[.!?;]\s)\s*(?:usage\s+)?(?:examples?|e\.g\.)\s*:[^.!?\n]*$", re.I)
#: how far back to look for the label (an example sentence is short)
_REACH = 200


def usage_example(verb: Token) -> bool:
    """Whether ``verb`` stands in an example sentence after an 'Example:' label ('Example: She promised to X')."""
    start = verb.idx
    before = text_of(verb.doc)[max(0, start - _REACH):start]
    return _EXAMPLE.search(before) is not None
