"""A quotation after a participle of saying and a colon is the participle's, not its head verb's.

'The singer thanked her fans, writing on Facebook: "I owe you everything."' The parser may hang
the quotation on the main verb ('thanked') as its clausal complement, skipping the participle
set off after a comma ('writing'), which is left with nothing to report; the main verb then
reports the quotation and loses its own object. When a participle of saying hung on a verb
that is a cue waits for a quotation (no content of its own) and nothing but its own phrase and a
colon lies between it and the verb's content, an opening quotation mark, the content is the
participle's; the verb keeps its object ('her fans') when it has one. Read from the cue
candidates only: no walk over the document.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .candidate import Candidate
from .syntax import subtree_span

#: the opening quotation marks, double or single, straight, curly or angled
_OPENING = "\"\u201c\u2018'\u00ab"
#: the participle's own phrase up to a colon and an opening quotation mark ('writing on Facebook: "')
_TO_QUOTE = re.compile(rf"[^\"\u201c\u201d\u00ab:;.!?\n]{{0,60}}:\s*[{_OPENING}]\s*$")


def quotations_to_participles(doc: Doc, text: str, cands: list[Candidate]) -> None:
    """Give a waiting participle of saying the quotation its head verb took past it (in place)."""
    verbs = {c.verb: c for c in cands if c.verb is not None and c.contents}
    for part in cands:
        if part.verb is None or part.contents or part.cue is None or doc[part.verb].tag_ != "VBG":
            continue
        head = verbs.get(doc[part.verb].head.i) if doc[part.verb].dep_ == "advcl" else None
        if head is None or head is part or head.cue is None or head.cue[1] > part.cue[0]:
            continue
        start = min(s for s, _ in head.contents)
        if start <= part.cue[1] or not _TO_QUOTE.match(text, part.cue[1], start + 1 if text[start] in _OPENING else start):
            continue
        part.contents = head.contents
        assert head.verb is not None
        obj = next((c for c in doc[head.verb].children if c.dep_ == "dobj" and c.i < part.verb), None)
        head.contents = [subtree_span(obj)] if obj is not None else []
