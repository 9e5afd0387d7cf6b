"""Where a content ends before the writer's framing of it set off after it: 'said he would call an early
election, in what would be the third vote in two years', 'said the outbreak was under control, in a sign
that the government wants to reopen schools', 'is tied for second, in a finish that he said defied
expectations'.

An 'in' phrase set off by a comma that closes the content and holds a clause of its own names what the
report amounts to: a free relative ('in what aides called a break') or a noun of such framing
(``framing_nouns.txt``: sign, reversal, rebuke, finish) with a clause on it. The writer's words, as PolNeAR
marks them (train: left out 2 times to 1). Not inside a quotation (the speaker's own words), nor another noun
('in a year that saw record sales', the report's; a decision's noun, 'in a move that X', is ``narration``'s)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from ..lexicon import word_set
from .candidate import trim_content
from .comments import in_quotation

#: a comma and 'in', which each such phrase opens with (most contents have none: no Span made)
_COMMA_IN = re.compile(r",\s*in\b", re.IGNORECASE)


@cache
def _framing_nouns() -> frozenset[str]:
    return word_set("attribution/framing_nouns")


def _framing(prep: Token) -> bool:
    """An 'in' phrase whose object is a free relative ('in what X') or a framing noun with a clause ('in a sign that X')."""
    for child in prep.children:
        if child.dep_ == "pcomp" and prep.nbor(1).lower_ == "what":
            return True
        if child.dep_ == "pobj" and child.lemma_.lower() in _framing_nouns() and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children) and any(
                c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in child.rights):
            return True
    return False


def before_the_framing(text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` ended before a closing 'in' phrase of the writer's framing (see the module)."""
    start, end = span
    if not _COMMA_IN.search(text, start, end):
        return span
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or len(words) < 4:
        return span
    for prep in words[1:]:
        if prep.lower_ != "in" or prep.dep_ != "prep" or doc[prep.i - 1].text != ",":
            continue
        if not (start <= prep.head.idx < prep.idx) or prep.right_edge.idx + len(prep.right_edge.text) < end - 2:
            continue
        if _framing(prep) and not in_quotation(text, prep.idx):
            return trim_content(text, start, doc[prep.i - 1].idx) or span
    return span
