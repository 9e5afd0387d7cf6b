"""A report inside a clause that opens its sentence ends where that clause does:

    While the mayor wrongly claimed that the audits exist, budget experts agree that X.
    Although the board said the delay was not its doing, it showed how tense the talks were.

The cue stands in a clause of time, contrast or condition that opens the sentence ('When', 'While',
'Although', ...); what it reports cannot run on into the sentence's main clause after the comma that
closes the opening clause. The parser at times hangs that main clause inside the reported one, and
the content then ran on to the end of the sentence. The content ends at the first comma after which
a clause with a subject of its own begins (outside quotation marks). Not 'As X reported, Y', whose
report is the main clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..sentences import sentence_of
from .candidate import Candidate

#: words opening a clause of time, contrast, cause or condition before the main clause
_OPENERS = frozenset(["when", "while", "although", "though", "if", "because", "after", "before", "since",
                      "once", "until", "unless", "whereas"])
_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_NONFINITE = ("VBG", "VBN", "VB", "TO")


def end_at_the_main_clause(doc: Doc, cands: list[Candidate]) -> None:
    """End each content of a cue inside a sentence's opening clause at that clause's end (in place)."""
    for cand in cands:
        if cand.verb is None or cand.cue is None or not cand.contents or cand.quoted:
            continue  # (a quotation's words are the speaker's, whatever clauses they hold)
        verb = doc[cand.verb]
        sent = sentence_of(verb)  # (the Doc's sentences, found once: ``Token.sent`` walks the Doc)
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ not in _OPENERS or first.i >= verb.i:
            continue
        if any(t.is_quote for t in doc[first.i : verb.i]):
            continue
        start, end = cand.contents[-1]
        if start < cand.cue[1]:
            continue
        cut = _main_clause_comma(doc, start, end, sent.end)
        if cut is not None and cut > start:
            cand.contents[-1] = (start, cut)


def _main_clause_comma(doc: Doc, start: int, end: int, sent_end: int) -> int | None:
    """The offset of the first comma in ``start``..``end`` outside quotation marks after which a
    clause with a subject of its own begins, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    quotes = 0
    for tok in span:
        if tok.i >= sent_end:
            break
        if tok.is_quote:
            quotes += 1
            continue
        if tok.text != "," or quotes % 2:
            continue
        nxt = tok.i + 1
        while nxt < sent_end and doc[nxt].is_quote:
            nxt += 1
        if nxt < sent_end and _opens_a_clause(doc[nxt]):
            return tok.idx
    return None


def _opens_a_clause(tok: Token) -> bool:
    """Whether ``tok`` begins the subject of a finite verb after it."""
    for subject in (t for t in [tok, *tok.ancestors] if t.dep_ in _SUBJECTS and t.left_edge.i == tok.i):
        verb = subject.head
        # (a finite verb, or a word the tagger misread that heads a subject: 'experts affirm' read as an adjective;
        # not a participle's absolute clause, '..., the crowd cheering')
        finite = verb.tag_ not in _NONFINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)
        if verb.i > subject.i and finite:
            return True
    return False
