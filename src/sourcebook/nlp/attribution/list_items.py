"""A numbered list's item named before a colon: '3. Harbor Lamp: The glow is warm and the base is
heavy.' A ranked list (the best kettles, the towns to visit, the reasons to act) opens each item
with its number and the name of what it ranks, then the writer's own words about it: the name is
no one who speaks, and the words after the colon are the writer's. A quotation after the colon
stays a statement ('2. Mayor Dana Holt: "We will rebuild."'): a list of quotes is one of who said
what. The colon rule (``markers.colon_cue``) gives such a line; ``reported`` drops it here. The colon
rule reads a line from past its number (``past_list_number``): the parser keeps '2.' in the sentence
of the name after it, which then seems no name ('2. Councillor Ames: "We cannot afford it."')."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .candidate import Candidate

#: a list's number or letter opening a line, and nothing else before the label ('1.', '12)', 'b.', '#4')
_NUMBER = re.compile(r"\s*(?:#?\d{1,3}|[a-zA-Z])[.)]?\s+$")
_QUOTES = "\"'\u201c\u2018\u00ab"


def numbered_item(text: str, cand: Candidate) -> bool:
    """Whether ``cand``, a colon's record, is a numbered list item's name and the writer's words about it."""
    if cand.cue is None or cand.source is None or not cand.contents or text[cand.cue[0] : cand.cue[1]] != ":":
        return False
    line_start = text.rfind("\n", 0, cand.source[0]) + 1
    opening = text[line_start : cand.source[0]]
    if not opening.strip() or _NUMBER.fullmatch(opening) is None or not any(ch.isdigit() or ch in ".)" for ch in opening):
        return False
    return not text[cand.cue[1] :].lstrip().startswith(tuple(_QUOTES))


def past_list_number(sent: Span) -> Span:
    """``sent`` from past the list number opening its line ('2.', '12)', '#3', 'b)'), when it has one
    and more words after it; else ``sent``."""
    doc = sent.doc
    if sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
        return sent  # (the number opens its line)
    i = sent.start + (doc[sent.start].text == "#")
    if i >= sent.end or not (doc[i].text.isdigit() and len(doc[i].text) <= 3 or len(doc[i].text) == 1 and doc[i].is_alpha):
        return sent
    after = i + 1 if i + 1 < sent.end and doc[i + 1].text in (".", ")") else i
    if after == i and (i == sent.start or doc[i].is_alpha) or doc[i].is_alpha and doc[after].text != ")":
        return sent  # (a bare number only after '#': '3 Holt' may be a score; a letter needs its ')', 'J. Holt' an initial)
    return doc[after + 1 : sent.end] if after + 2 < sent.end else sent
