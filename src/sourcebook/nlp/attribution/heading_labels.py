"""A name before a colon that heads a section about its bearer, not a speaker's turn.

'Dana Reyes: Housing  Her plan, Ms. Reyes says, would double the grant.' / 'Tenants: The
council counts 4,000 tenants on its list.' An explainer sets a candidate's or a topic's name
before a colon to open the part about it; the text that follows is the writer's, and names that
bearer again in the third person (or the topic noun again, or its singular) within its first lines. A speaker's
turn ('REYES: We will double the grant.') almost never names the speaker in it: a colon cue whose
label's last word (the surname) comes again in its own first lines is a heading, no report, and the
reports in its section stand on their own.

Not a label with no word of its own ('Q:', 'A:'), nor one whose words come back only later, nor a
transcript's turn: a label in capitals ('SMITH: Smith & Sons has traded here for forty years', the
speaker naming the family firm) or one that opens another line of the text too ('REYES: My father,
Tom Reyes, built it. ... REYES: For thirty years.': a heading heads one section only).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .bracketed_names import bearer
from .candidate import Candidate

#: how far after the colon the label's name is looked for (its section's first lines)
_REACH = 300
_WORD = re.compile(r"[^\W\d_]{3,}")
_QUOTES = "\"'\u201c\u2018\u00ab"


def without_heading_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the colon cues whose label its section names again."""
    return [c for c in cands if not _heading_label(text, c)]


def _heading_label(text: str, cand: Candidate) -> bool:
    if cand.cue is None or cand.source is None or text[cand.cue[0] : cand.cue[1]] != ":" or not cand.contents:
        return False
    # (its names: not a capitalised word of no name, 'The short answer: the plan will fail')
    label = _WORD.findall(text[cand.source[0] : cand.source[1]])
    words = [w.lower() for w in label if w[0].isupper() and w.lower() not in STOP_WORDS]
    if not words or cand.source[1] > cand.cue[0] + 1 or _turn_label(text, cand.source):
        return False
    start, end = cand.contents[0]
    if any(ch in _QUOTES for ch in text[cand.cue[1] : start]):
        return False  # ('Mayor Holt: "Holt will not quit"': a quotation after the colon is a statement)
    after = text[start : min(end, start + _REACH)].lower()  # (the turn's own words: not a headline's article)
    # (the bearer named again by surname, the name's before a role after a comma: 'Dana Reyes: Reyes, a
    # former teacher, has led X'; 'Pat Lennox, head of the Midwives' Union: ...' is Lennox)
    # ('The Minister for Water (Ms Ada Obi): ...' is Obi, a parliament record's office then its holder)
    named = _WORD.findall(bearer(text[cand.source[0] : cand.source[1]]))
    name = [w.lower() for w in named if w[0].isupper() and w.lower() not in STOP_WORDS]
    return bool(name) and re.search(r"\b" + _word_or_singular(name[-1]) + r"\b", after) is not None


def _turn_label(text: str, source: tuple[int, int]) -> bool:
    """Whether the label at ``source`` is a transcript speaker's: in capitals, or opening another
    line before a colon too."""
    label = text[source[0] : source[1]].strip()
    if label.isupper():
        return True
    line = re.compile(r"(?m)^[ \t]*" + re.escape(label) + r"[ \t]*:")
    return any(not m.start() <= source[0] < m.end() for m in line.finditer(text))


def _word_or_singular(word: str) -> str:
    """A pattern for ``word``, or its singular when it is a plural ('Pensions: The state pension
    will rise ...' names its topic again)."""
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return f"(?:{re.escape(word)}|{re.escape(word[:-1])})"
    return re.escape(word)
