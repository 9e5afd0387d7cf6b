"""Reports set in a relative clause after a comma inside another report's content.

'The mayor defended the levy, which critics said would drive shops away.' / 'She praised the
ruling, which she said was long overdue.' / 'The union thanked the minister, who promised
to review the plan.' A relative clause opened by 'which', 'who' or 'whom' after a comma adds
to the noun before it; when a report of its own stands in that clause (a cue of saying with
its own speaker), the clause is that report, not part of what the first speaker said: the
first report's content ends at the comma, and the second stands on its own rather than nested
in the first (PolNeAR keeps each word in one attribution, and keeps such clauses apart).

Not a clause inside a quotation (the quoted words are the first speaker's whatever they
report: '"It was the plan, which the council said would fail," she said'), nor one without a
comma (a restrictive clause defines its noun: 'the plan that the council said would fail'),
nor a report whose cue is the relative clause's own verb of a noun it only describes ('a
critic who says little'): the cue must head the clause or the clause's verb must hang on it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .candidate import ACCORDING, Candidate, trim_content
from .direct import QuoteIndex

_RELATIVES = frozenset(["which", "who", "whom"])
_CLOSING = " \t\r\n.,;:!?)\u201d\"'\u2019"


def split_relative_reports(doc: Doc, text: str, cands: list[Candidate], quotes: QuoteIndex) -> None:
    """End each content that holds a report set in a non-restrictive relative clause at the
    clause's comma (in place)."""
    split_reports_at(text, cands, quotes, lambda cand: _relative_comma(doc, cand) if cand.source is not None else None)


def split_reports_at(text: str, cands: list[Candidate], quotes: QuoteIndex,
                     boundary: Callable[[Candidate], tuple[int, int] | None], cue_first: bool = False,
                     then: Callable[[Candidate, Candidate], None] | None = None) -> None:
    """End each content that a report's own clause closes where that clause begins (in place):
    ``boundary`` gives a candidate's clause's (start, end) offsets, or None when it stands in no
    such clause; with ``cue_first`` only a content whose cue comes before the clause is ended, a
    content holding a quotation too (the clause starts outside any quotation: '"X," adding Y');
    ``then`` is called with the inner and the outer candidate of each content ended."""
    for inner in cands:
        found = boundary(inner)
        if found is None or quotes.around(found[0], found[0] + 1) is not None:
            continue
        comma, end = found
        for outer in cands:
            if outer is inner or not outer.contents or (outer.quoted and not cue_first) or outer.nature == ACCORDING:
                continue  # ('X, which Y, spent Z, according to W': the whole sentence is W's)
            if cue_first and (outer.cue is None or outer.cue[1] > comma):
                continue  # ('X, saying Y, CNN reported': the whole sentence is the closing cue's)
            # (the clause closes the content: 'The committee, which backed X, spent Y' goes on past it)
            if not any(s < comma and end <= e and not text[end:e].strip(_CLOSING) for s, e in outer.contents):
                continue
            if outer.source is not None and outer.source[0] <= comma < outer.source[1]:
                continue
            kept = [k for k in (trim_content(text, s, min(e, comma)) for s, e in outer.contents if s < comma)
                    if k is not None and any(ch.isalnum() for ch in text[k[0] : k[1]])]
            if kept:
                outer.contents = kept
                if then is not None:
                    then(inner, outer)


def _relative_comma(doc: Doc, cand: Candidate) -> tuple[int, int] | None:
    """The offsets of the comma before 'which' / 'who' / 'whom' opening the relative clause the
    candidate's cue verb heads (or whose verb hangs on the cue) and of the clause's end, else None."""
    if cand.verb is None or cand.cue is None:
        return None
    verb = doc[cand.verb]
    clause = verb if verb.dep_ == "relcl" else verb.head if verb.head.dep_ == "relcl" and verb.dep_ in (
        "ccomp", "xcomp", "conj") else None
    if clause is None:
        return None
    first = clause.left_edge
    if first.lower_ not in _RELATIVES or first.i == 0 or doc[first.i - 1].text != ",":
        return None
    if not first.i < verb.i:
        return None
    last = clause.right_edge
    if any(t.text == "," and t.i + 1 <= last.i and doc[t.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")
           for t in doc[verb.i : last.i]):
        return None  # ('The committee, which backed X, spent Y': the main verb the parser hung on the clause)
    return doc[first.i - 1].idx, last.idx + len(last)

