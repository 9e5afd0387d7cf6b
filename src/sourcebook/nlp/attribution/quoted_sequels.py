"""The writer's next sentence that closes on the speaker's quoted words goes on with the report before it:
'"It was a long night," she said. It was "the longest shift of my career."', 'The repairs will take a
year, he said. Traffic will ease only when "the new bridge is open."'. A sentence of the writer's right
after a report of speech, with no cue of its own and no other quotation, that ends on a quotation of
a few words opened inside it, carries on what the speaker said: PolNeAR's content runs on over the whole
sentence, the writer's words and all. Only after a cue clause that closes its report ('"A," she said.',
'A, he said.'): a cue that opens its sentence holds its report in its clause, and the next sentence is
the writer's. Not after a connective alone ('But "B."': the quotation goes on, ``connective_quotes``),
not a name or a title in quotation marks ('the founder of "Friends Of The Park."', 'the case known as
"the river dispute."'), a scare quote of a word or two, a sentence holding a cue of its own ('Critics
called it "a mess."'), a sentence with a subject of its own that is no pronoun, the writer's narration
of another ('The driver lost his son when "a truck ran the light."'), a deed the writer tells in the
simple past ('He drank "a glass of it."'), nor one in the next paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..quotes import Quote
from .candidate import SPEECH, Candidate
from .connective_quotes import after_connective, ends_sentence

_LONGEST = 250  # characters of the writer's words before the quotation
_SENTENCE_END = re.compile(r"[a-z\d]{2}[.!?](?:[^\S\n]+[A-Z]|$)")
#: words that close on a name the writer gives, before the quotation
_NAMING = re.compile(r"\b(?:known as|called|named|dubbed|nicknamed|titled|entitled|so-called)\W*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def sequel_start(text: str, cand: Candidate, q: Quote, sentence_of, cands: list[Candidate], turns=None) -> int | None:
    """Where the sentence ending on ``q`` opens, when it goes on with ``cand``'s report in the sentence before."""
    if cand.nature != SPEECH or cand.cue is None or not cand.contents or cand.start >= q.open or not q.closed:
        return None
    if cand.contents[-1][1] > cand.cue[0]:
        return None  # the cue clause closes the report ('"A," she said.'); one it opens holds its report
    sentence = sentence_of(q.open)
    if sentence != cand.sentence + 1 or not ends_sentence(text, q) or after_connective(text, cand, q, sentence_of):
        return None  # ('"A," he said. But "B."': the quotation alone, ``connective_quotes``)
    start, lo = q.open, max(0, q.open - _LONGEST)
    while start > lo and sentence_of(start - 1) == sentence:
        start -= 1
    if start == lo and sentence_of(lo - 1) == sentence:
        return None
    start += len(text[start : q.open]) - len(text[start : q.open].lstrip())
    lead = text[start : q.open].rstrip()
    if not lead or not lead[0].isupper() or lead[-1] == ":" or any(m in lead for m in ("\"", "\u201c", "\u201d", "''", "\n")):
        return None  # (a colon's quotation is the colon's, ``markers``)
    if turns is not None and turns.subject_between(start, q.open):
        return None  # the writer's narration of another ('The driver lost his son when "..."', ``turns``)
    if turns is not None and _narrated(turns, start, q.open):
        return None  # the writer's account of what the speaker did ('He drank "a full glass of it."')
    if _NAMING.search(lead):
        return None  # a name the writer gives ('the case known as "the river dispute."')
    if _SENTENCE_END.search(lead):
        return None  # a sentence of the writer's before it, which the parser ran on into the quotation's
    last = max(cand.contents[-1][1], cand.cue[1], cand.source[1] if cand.source else 0)
    if last > start or "\n" in text[last:start]:
        return None
    words = _WORD.findall(text[q.start : q.end])
    if len(words) < 3 or sum(w[0].isupper() for w in words) * 2 > len(words):
        return None  # a scare quote, a name or a title
    return None if any(c.cue is not None and start <= c.cue[0] < q.close for c in cands) else start


def _narrated(turns, start: int, end: int) -> bool:
    """Whether the sentence's own verb, before the quotation, is a deed in the simple past ('He drank "X."',
    'Then she left and went "X."'): the writer tells what was done; 'It was "X"', 'Traffic will ease when "X"'
    go on with what was said."""
    i, j = bisect_left(turns.starts, start), bisect_left(turns.starts, end)
    root = next((t for t in turns.doc[i:j] if t.dep_ == "ROOT"), None)
    return root is not None and root.pos_ == "VERB" and root.tag_ == "VBD" and root.lemma_.lower() != "be" and not any(
        c.dep_ in ("aux", "auxpass", "neg") for c in root.children)
