"""A quotation that goes on with a speaker's quoted statement after a connective opening the next
sentence: '"We will not give up," she said. But "the money has to come from somewhere."', '"A," he
said. Instead, "B."'. The writer's one connective word ties the sentence to the statement before it,
and the quotation, with no cue of its own, goes on with that speaker's words (PolNeAR's contents take
it in), as a quotation opening the next sentence does (``direct``; one that ends its sentence, not
a phrase quoted in the writer's own next sentence: ``ends_sentence``). Not after an indirect report, nor after any
other opening word: 'The driver lost his son when "..."' is the writer's narration around a quoted phrase,
nor when the quotation is a phrase in the writer's clause that goes on after it ('Then "the storm" hit').
Also a quotation joined to the statement by 'and' or 'or' alone that ends the sentence ('"A," he said,
or "B."'), not one the writer's next clause opens with ('and "unsafe" was the word they used')."""

from __future__ import annotations

import re

from ..quotes import Quote
from .candidate import Candidate
from .connectives import CONNECTIVES

#: connectives and sentence adverbs of time that open a sentence going on with the statement before
OPENERS = CONNECTIVES | frozenset(["now", "then"])

# the end of the cue's sentence, one opening word and its comma, right before the quotation's mark
_OPENER = re.compile(r"[.!?][\"\u201d\u2019']*[^\S\n]+([A-Za-z]+),?[^\S\n]+$")


def after_connective(text: str, cand: Candidate, q: Quote, sentence_of) -> bool:
    """Whether ``q`` opens, after a connective alone, the sentence right after the one holding the
    quoted statement ``cand``'s cue ('"A," he said. But "B."')."""
    if sentence_of(q.open) != cand.sentence + 1 or not cand.quoted:
        return False
    m = _OPENER.search(text, max(0, q.open - 40), q.open)
    if m is None or m.group(1).lower() not in OPENERS:
        return False
    return sentence_of(m.start()) == cand.sentence and ends_sentence(text, q)


# a quotation joined by 'and' or 'or' to the statement's last words or its cue ('"A," and "B"', '"A," he said, or "B."')
_JOINED = re.compile(r"[,\"\u201d\u2019']*[^\S\n]+(?:and|or)[^\S\n]*,?[^\S\n]*")


def joined_quote(text: str, cand: Candidate, q: Quote) -> bool:
    """Whether ``q`` follows the quoted statement ``cand`` in its sentence, joined to it by 'and' or 'or'
    alone: the same speaker's next words ('telling the crowd, "A," and, "B."', '"On espere," he said,
    or "One hopes."')."""
    if not cand.quoted or not cand.contents or cand.cue is None:
        return False
    last = max(cand.contents[-1][1], cand.cue[1], cand.source[1] if cand.source else 0)
    if last > q.open or _JOINED.fullmatch(text, last, q.open) is None:
        return False
    # it ends the sentence: not the subject of the writer's next clause ('and "unsafe" was the word used')
    return ends_sentence(text, q)


def ends_sentence(text: str, q: Quote) -> bool:
    """Whether ``q`` ends its sentence: the speaker's words, not a phrase quoted in the writer's
    own clause ('But "ready" meant different things')."""
    inner = text[q.start : q.end].rstrip()
    after = text[q.close : q.close + 4].lstrip(" \t")
    return inner[-1:] in (".", "!", "?") or after[:1] in ("", ".", "\n")

