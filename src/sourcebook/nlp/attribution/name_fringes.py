"""What the NER runs a name on to that is no part of it: the sentence's closing stop ('said Luis Ferreira.') and the
emoji around a display name in an embedded post's signature ('— Gail Rutherford' and a flag, then '(@gailr) May 4,
2026'), so that 'Ms Rutherford' later is Gail Rutherford, not the name with its flag. Read off the entities' edges
only, never the whole Doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_STOPS = (".", ",", ";", ":")
#: emoji, flags and pictographs (with their joiners and tags), as a regular expression's class: decoration, no words
EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff\U000e0020-\U000e007f\ufe0f\u200d"
_OPENS = re.compile(f"[{EMOJI}]")


def _emoji(word: str) -> bool:
    """Whether ``word`` opens with an emoji, a flag's letter or tag, or a joiner."""
    return bool(_OPENS.match(word))


def without_fringes(doc: Doc, ents: list[Span], words: list[str]) -> list[Span]:
    """``ents`` without a closing stop or the emoji at either edge (``words``: the Doc's words' texts)."""
    kept = []
    for e in ents:
        start, end = e.start, e.end
        if end - start > 1 and words[end - 1] in _STOPS:
            end -= 1
        while end - start > 1 and _emoji(words[end - 1]):
            end -= 1
        while end - start > 1 and _emoji(words[start]):
            start += 1
        kept.append(e if (start, end) == (e.start, e.end) else Span(doc, start, end, label=e.label_))
    return kept
