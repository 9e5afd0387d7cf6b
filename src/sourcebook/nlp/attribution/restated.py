"""A speaker's cue said again later in the same sentence by an aside ('Reyes said the levy was
fair - not perfect, he said, but fair'; 'Hale said "X," she said.'). The parser often makes the
second 'said' the sentence's root and hangs the first cue clause on it, so the aside takes the
whole sentence, the first speaker's name and cue included, as its content, and the first report,
nested in it, is never shown. One does not report one's own report: a cue whose source is a
pronoun agreeing in number with a named speaker (or is the same words), whose content holds that
speaker's verb of saying whole, named and cued before it, restates that speaker. The first report
stands on its own; the aside keeps only what follows that report's content ('not perfect'), and
is dropped when nothing does (the second 'she said' of 'Hale said "X," she said.' adds nothing).

Not a report inside a quotation ('"Smith told me X," he said': the quoted speaker's words), nor
a closing report by another speaker ('Reyes said the levy was fair, the Gazette reported': the
paper's report of what Reyes said, ``closing_reports.py``; '..., the senator wants X, they say':
'they' is not the senator), nor a belief or a stance under the aside ('..., he said' after 'the
outlets have been standing in the way'), nor a relative's report ('who think X'), nor one in a
clause of time or condition ('When she called the office, she said, a clerk told her X').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidate import Candidate, inside, trim_content
from .direct import QuoteIndex
from .lexicon import Lexicon

_SINGULAR = frozenset(["he", "she"])
_PLURAL = frozenset(["they"])
_RELATIVES = frozenset(["who", "whom", "which", "that", "whose"])


def drop_restated_cues(lex: Lexicon, doc: Doc, text: str, cands: list[Candidate], quotes: QuoteIndex) -> list[Candidate]:
    """The candidates with each aside that restates a report it holds ended after that report's
    content, or left out when nothing of its own is left."""
    dropped: set[int] = set()
    # (the reports an aside may restate, chosen once: a content it is given below is never empty, so they stay so)
    firsts = [(c, cue, source) for c in cands if (cue := c.cue) is not None and (source := c.source) is not None
              and c.contents and c.verb is not None and source[1] <= cue[0]]
    for n, aside in enumerate(cands):
        if aside.cue is None or aside.source is None or not aside.contents:
            continue
        said = text[aside.source[0] : aside.source[1]].lower()
        # (the reach of the aside's contents: a report none of them can hold is passed before testing each)
        low, high = min(s for s, _ in aside.contents), max(e for _, e in aside.contents)
        for first, cue, source in firsts:
            if first is aside or cue[1] > aside.cue[0]:
                continue
            if source[0] < low or cue[1] > high:
                continue  # (no content of the aside reaches over both the source and the cue)
            if not any(inside(source, c) and inside(cue, c) for c in aside.contents):
                continue
            if not _restates(lex, doc, said, first, text) or quotes.overlapping(source[0], cue[1]):
                continue  # (a quotation's report: '"Smith told me X," he said')
            end = max(e for _, e in first.contents)
            kept = [k for k in (trim_content(text, max(s, end), e) for s, e in aside.contents if e > end)
                    if k is not None and any(ch.isalnum() for ch in text[k[0] : k[1]])]
            if kept:
                aside.contents = kept
            else:
                dropped.add(n)
            break
    return [c for n, c in enumerate(cands) if n not in dropped]


def _restates(lex: Lexicon, doc: Doc, said: str, first: Candidate, text: str) -> bool:
    """Whether an aside whose source reads ``said`` can restate ``first``: its verb one of saying,
    its source a name or a noun the pronoun agrees with in number (or the same words)."""
    assert first.source is not None and first.verb is not None  # (tested by the caller)
    verb = doc[first.verb]
    if verb.dep_ in ("relcl", "acl") or any(c.dep_ == "mark" and c.lower_ != "as" or c.dep_ == "advmod" and c.tag_ == "WRB"
                                            for c in verb.children):
        return False  # (a time's or a condition's clause: 'When she called the office, she said, X')
    named = text[first.source[0] : first.source[1]].lower()
    if said == named:
        return doc[first.verb].lemma_.lower() in lex.speech
    if named in _SINGULAR | _PLURAL | _RELATIVES or named in lex.first_second_person or said not in _SINGULAR | _PLURAL:
        return False
    if doc[first.verb].lemma_.lower() not in lex.speech:
        return False
    head = doc[first.source_token] if first.source_token is not None else None
    if head is None or head.lower_ in _RELATIVES:
        return False
    plural = head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in head.children)
    return plural == (said in _PLURAL)
