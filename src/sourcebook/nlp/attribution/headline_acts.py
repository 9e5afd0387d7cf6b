"""A headline's second act of saying by its subject, joined to the first by 'and' or a comma ('Mayor
Lind Backs Harbour Plan And Denounces Rival's Budget', 'Vale Says Hackers Hit Ministry, Calls Audit
"Overdue"'): the small parser reads the second verb as a noun inside the first one's content or
leaves it out, so the headline gives one report where it makes two. The second verb is a report of
its own, with the first one's source, and the first one's content ends before the joining word.

Only a verb of saying in the headline's present ('Denounces', 'Calls') right after the joining word,
with words after it on the line (not a particle's: 'Calls Off Strike'), and only when the first
report's source comes before its cue (the subject opening the headline): 'Plan Cuts Taxes And Raises
Fees' joins no act of saying.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .candidate import Candidate, trim
from .headline_subjects import fold
from .lexicon import Lexicon

#: the words that join a headline's second act to its first
_JOINS = frozenset([",", "and", "&"])
#: particles that make the verb another's ('Calls Off Strike', 'Calls In Troops')
_PARTICLES = frozenset(["off", "back", "down", "in", "away"])
_TRIM = " \t,;:.\u2014\u2013-"


def split_headline_acts(lex: Lexicon, doc: Doc, text: str, cands: list[Candidate], forms: dict[str, bool]) -> list[Candidate]:
    """``cands`` with each second act of saying of the headline's first report made a report of its
    own (``forms``: the cue verbs' present forms, True for the third person's, ``headline_subjects.verb_forms``)."""
    end = text.find("\n")
    if end < 0 or end > 300:
        return cands
    firsts = [c for c in cands if c.cue and c.cue[1] <= end and c.source and c.source[1] <= c.cue[0] and c.contents]
    if not firsts:
        return cands
    first = min(firsts, key=lambda c: c.cue[0] if c.cue else 0)
    assert first.cue is not None  # (chosen above)
    if not forms.get(fold(text[first.cue[0] : first.cue[1]].split()[0]), False):
        return cands  # (a headline in the present: 'Backs', 'Says')
    # (the cues of the headline's other reports; not one whose source the parser found after it, 'Calls Audit')
    taken = [c.cue for c in cands if c.cue and c is not first and c.contents and not (c.source and c.source[0] > c.cue[0])]
    verbs = []
    for token in doc:
        if token.idx >= end:
            break
        if token.idx < first.cue[1] or token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].idx >= end:
            continue
        word = fold(token.text)
        if not forms.get(word, False) or lex.verb_lemmas.get(word) not in lex.speech or fold(doc[token.i - 1].text) not in _JOINS:
            continue
        if doc[token.i + 1].is_punct or doc[token.i + 1].lower_ in _PARTICLES or any(s <= token.idx < e for s, e in taken):
            continue
        verbs.append(token)
    if not verbs:
        return cands
    stops = [doc[v.i - 1].idx for v in verbs] + [end]
    news = []
    for verb, stop in zip(verbs, stops[1:], strict=True):
        span = trim(text, verb.idx + len(verb.text), stop, _TRIM)
        if span[1] <= span[0]:
            continue
        news.append(replace(first, cue=(verb.idx, verb.idx + len(verb.text)), contents=[span], verb=verb.i, fallback=None,
                            quoted=False, parent=None, id=None))
    if not news:
        return cands
    cut = stops[0]
    # (a content the parser gave only the words after the joining word: 'Says Russians Hacked X, Calls Y': up to the comma)
    clipped = [s for s in (trim(text, a, min(b, cut), _TRIM) for a, b in first.contents if a < cut) if s[1] > s[0]]
    clipped = clipped or [s for s in [trim(text, first.cue[1], cut, _TRIM)] if s[1] > s[0]]
    if not clipped:
        return cands
    first.contents = clipped
    spans = [span for c in news for span in c.contents] + [c.cue for c in news if c.cue is not None]
    # (a candidate the parser made of the words the new reports hold goes: 'Calls' with 'Audit' for its source)
    kept = [c for c in cands if c is first or not any(a < e and s < b for a, b in _spans(c) for s, e in spans)]
    return kept + news


def _spans(cand: Candidate) -> list[tuple[int, int]]:
    return [span for span in (cand.cue, cand.source, *cand.contents) if span is not None]
