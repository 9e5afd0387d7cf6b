"""A headline opening with a quotation, a spaced dash, then a clause whose subject said it: "'I thought I would
freeze' - climber describes night on the ridge", "'We cannot cope' - nurses demand more staff". The dash twin of
``markers._quoted_headline``'s colon ("'We have nothing left': farmers count the cost"); the subject is the source
when it is a noun or a name. Only the headline's line, the quotation opening it and closing right before the dash."""

from __future__ import annotations

from spacy.tokens import Span

from .candidate import Candidate, trim_content
from .markers import QUOTED_LINE, quoted_by

_DASHES = frozenset(["-", "\u2013", "\u2014"])


def quoted_dash(text: str, sent: Span, index: int) -> Candidate | None:
    """The report of the quotation opening the headline line ``sent`` before its dash, when a clause follows."""
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if line_start != sent.start_char or text[line_start : line_start + 1] not in "\"\u201c\u2018'\u00ab":
        return None  # (cheap: a line opening with a quotation mark only)
    doc = sent.doc
    dash = next((t for t in sent if t.text in _DASHES and text[t.idx - 1 : t.idx] == " "
                 and text[t.idx + 1 : t.idx + 2] == " "), None)
    if dash is None or "\n" in text[line_start : dash.idx]:
        return None
    m = QUOTED_LINE.fullmatch(text, line_start, dash.idx)
    if m is None:
        return None
    subject = next((t for t in doc[dash.i + 1 : sent.end] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.head.i <= dash.i:
        return None
    return quoted_by(text, (dash.idx, dash.idx + len(dash)), subject, trim_content(text, m.start(1), m.end(1)), index)


__all__ = ["quoted_dash"]
