"""A report in a clause joined by 'and' or 'but', with a speaker of its own, that closes another
report's content.

'The mayor said the levy was fair, and residents complained that it was not.' / 'Ms. Lind said
the bakery would reopen in May but the landlord says no lease is signed.' The parser often hangs
the second clause on the verb of the first report's content, as a conjunct of it; when that
conjunct is a cue with its own subject, a noun phrase (another speaker, or the same one named
again), set off by a comma, it is the next report, not part of what the
first one says: the first content ends before the 'and' or 'but', and the second report stands
on its own (PolNeAR keeps each word in one attribution, and keeps such a closing report apart;
it folds the rest into the first).

Not the same report going on: a conjunct with no subject of its own ('said she was tired and
wanted X') or with a pronoun for it ('said X and he feels Y': on PolNeAR train nearly always one
report), a second 'that' clause ('said X and that the chamber thinks Y'), a conjunct with no cue
('said the levy was fair and shops would adapt') or with no comma before the 'and' ('said the
mayor resigned and the council criticized it': one report of two events; on PolNeAR train as
often one report as two); nor a clause inside a quotation, before the first report's cue, or one
the first content goes on past.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidate import ACCORDING, Candidate
from .deep_reports import deep_report_bounds
from .direct import QuoteIndex
from .lexicon import Lexicon
from .relative_reports import split_reports_at

_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
#: the conjunctions that join a second clause of its own ('and', 'but'), not a choice ('or')
_JOINS = frozenset(["and", "but"])


def split_coordinated_reports(doc: Doc, text: str, cands: list[Candidate], quotes: QuoteIndex, lex: Lexicon) -> None:
    """End each content that a report joined by 'and' or 'but' closes where that clause begins (in place); so for
    a second report the parser hung deeper in the first's clause (``deep_reports``)."""
    split_reports_at(text, cands, quotes, lambda cand: _joined(doc, cand) or deep_report_bounds(lex, doc, cand), cue_first=True)


def _joined(doc: Doc, cand: Candidate) -> tuple[int, int] | None:
    """The offsets of the comma before the 'and' or 'but' opening the conjunct the
    candidate's cue verb heads, and of the conjunct's end, else None."""
    if cand.verb is None or cand.cue is None or cand.source is None or cand.nature == ACCORDING:
        return None
    verb = doc[cand.verb]
    if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    joins = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.left_edge.i]
    if not joins or joins[-1].lower_ not in _JOINS:
        return None
    join = joins[-1]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return None  # ('said she was tired and she wanted X': the same speaker's one report goes on)
    if any(c.dep_ == "mark" for c in verb.children):
        return None  # ('said X and that Y thinks Z': a second clause of the same report)
    if any(t.dep_ == "cc" or t.text in (";", ":") for t in doc[join.i + 1 : verb.i]):
        return None
    before = join.i - 1
    while before > 0 and doc[before].is_space:
        before -= 1  # (a non-breaking space the tokenizer kept as a token)
    if before < 0 or doc[before].text != ",":
        return None  # ('said the mayor resigned and the council criticized it': one report of two events)
    start = doc[before]
    last = verb.right_edge
    return start.idx, last.idx + len(last)

