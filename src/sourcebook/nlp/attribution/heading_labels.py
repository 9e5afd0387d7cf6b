"""A name before a colon that heads a section about its bearer, not a speaker's turn.

'Dana Reyes: Housing  Her plan, Ms. Reyes says, would double the grant.' / 'Tenants: The
council counts 4,000 tenants on its list.' An explainer sets a candidate's or a topic's name
before a colon to open the part about it; the text that follows is the writer's, and names that
bearer again in the third person (or the topic noun again, or its singular) within its first lines. A speaker's
turn ('REYES: We will double the grant.') almost never names the speaker in it: a colon cue whose
label's words all come again in its own first lines is a heading, no report, and the
reports in its section stand on their own.

Not a label with no word of its own ('Q:', 'A:'), nor one whose words come back only later.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .candidate import Candidate

#: how far after the colon the label's name is looked for (its section's first lines)
_REACH = 300
_WORD = re.compile(r"[^\W\d_]{3,}")


def without_heading_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the colon cues whose label its section names again."""
    return [c for c in cands if not _heading_label(text, c)]


def _heading_label(text: str, cand: Candidate) -> bool:
    if cand.cue is None or cand.source is None or text[cand.cue[0] : cand.cue[1]] != ":" or not cand.contents:
        return False
    # (its names: not a capitalised word of no name, 'The short answer: the plan will fail')
    label = _WORD.findall(text[cand.source[0] : cand.source[1]])
    words = [w.lower() for w in label if w[0].isupper() and w.lower() not in STOP_WORDS]
    if not words or cand.source[1] > cand.cue[0] + 1:
        return False
    start, end = cand.contents[0]
    after = text[start : min(end, start + _REACH)].lower()  # (the turn's own words: not a headline's article)
    return all(re.search(r"\b" + _word_or_singular(w) + r"\b", after) for w in words)


def _word_or_singular(word: str) -> str:
    """A pattern for ``word``, or its singular when it is a plural ('Pensions: The state pension
    will rise ...' names its topic again)."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return f"(?:{re.escape(word)}|{re.escape(word[:-1])})"
    return re.escape(word)
