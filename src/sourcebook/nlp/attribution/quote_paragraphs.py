"""Paragraphs of quotation with no cue of their own, after a paragraph that closes on the same speaker's
quotation: '"We lost everything," said Ana Ruiz. / "The water came in at night." / "Nobody warned us."'
(``held_before``, for ``direct.attach_quotes``). A news story runs a speaker's words on over paragraphs
and names the speaker once; PolNeAR gives every such paragraph to the report before it, as one
discontinuous content. ``attach_quotes`` joins a quotation to the sentence right after the cue's, so the
second paragraph and the ones after it, or one after a paragraph that goes on past the cue ('"A," she
said. "B." / "C."'), were nobody's. A quotation that is the whole of its paragraph goes on with the
record holding the quotation that closes the paragraph right before it, when that record reports speech
from outside any quotation (not 'they told me' inside someone's words). Not the reply to a question put
to someone (``dialogue_turns``: the one asked replies), nor a dialogue's short turn ('"Alone?"', fewer than four words), nor
after a paragraph that goes on past its quotation ('... in May," she said of the plan, which the council
rejected.'), nor across a paragraph of the writer's.

``quoted_heading``: a line that is only a quotation with no sentence's stop, or in capitals, is a heading,
a title or a sign set apart ('"DIVISIVE, STUPID AND WRONG"', '"Related:"'), no one's words, which
``attach_quotes`` gives to no one (as a pull quote, ``pull_quotes``), unless a colon ending the paragraph
before hands it on ('The sign read:' / '"NO ENTRY"').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..quotes import Quote
from .candidate import SPEECH, Candidate

if TYPE_CHECKING:
    from .direct import QuoteIndex

#: what may stand between a quotation and the end of its paragraph ('."', '.')
_TAIL = re.compile(r"[\s.,;:!?\"'\u201d\u2019]*")
#: the marks that end a sentence said: a title or a sign has none ('"NEW CHAPTER"')
_STOPS = ".!?\u2026"
_WORD = re.compile(r"[^\W\d_]+")
#: the fewest words of a paragraph said (fewer are a dialogue's turns: '"Alone?" / "With my sister."')
_FEWEST = 4


def held_before(text: str, q: Quote, index: QuoteIndex, cands: list[Candidate]) -> Candidate | None:
    """The speech record that holds the quotation closing the paragraph before ``q``, when ``q`` is a
    paragraph of its own (opened at its start and closed at its end, or left open to run on)."""
    quotes, opens = index.quotes, index.opens
    line = text.rfind("\n", 0, q.open) + 1
    if line == 0 or text[line : q.open].strip() or not _TAIL.fullmatch(text, max(q.close, q.end), _line_end(text, q.end)):
        return None
    said = text[q.start : q.end].strip(" \u00a0\"'\u201d\u2019")
    if not said or said[-1] not in _STOPS or len(_WORD.findall(said)) < _FEWEST or said.isupper():
        return None  # (a title or a sign, 'NEW CHAPTER'; a turn of a dialogue, 'Alone?')
    k = bisect_left(opens, q.open) - 1
    if k < 0:
        return None
    top = text.rfind("\n", 0, _last_word(text, line))  # (where the paragraph before opens, past blank lines)
    # (the quotation that closes last: an outer one, not the quotation inside it, '"She said \u2018yes.\u2019 I knew."')
    prev = max((o for o in quotes[max(0, k - 20) : k + 1] if o.open > top), key=lambda o: max(o.close, o.end), default=None)
    if prev is None:
        return None
    gap = text[max(prev.close, prev.end) : q.open]
    if "\n" not in gap or not _TAIL.fullmatch(gap):
        return None  # (words after the quotation before the paragraph's end: 'she said of the plan.')
    held = (prev.start, prev.end)
    return next((c for c in reversed(cands) if c.nature == SPEECH and c.cue is not None and c.cue[1] <= q.open
                 and any(s < held[1] and held[0] < e for s, e in c.contents)
                 and index.around(*c.cue) is None), None)  # (not 'they told me' inside the speaker's words)


def _last_word(text: str, at: int) -> int:
    """Where the text before ``at`` ends, past the white space (and blank lines) before it."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def quoted_heading(text: str, q: Quote) -> bool:
    """Whether ``q`` is a line of its own with no sentence's stop, or in capitals ('"NEW CHAPTER"'), that
    no colon ending the paragraph before hands on."""
    line = text.rfind("\n", 0, q.open) + 1
    if not q.closed or text[line : q.open].strip() or text[q.close : _line_end(text, q.close)].strip():
        return False
    said = text[q.start : q.end].strip()
    return (bool(said) and (said[-1].isalnum() or said[-1] == ":" or said.isupper())
            and text[_last_word(text, line) - 1 : _last_word(text, line)] != ":")

