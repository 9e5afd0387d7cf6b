"""A headline's words before ', warns union' are what the tail's source said, even when no parse reads it so.

'Teachers "at breaking point", warns union', 'Fares to rise again, warns regulator': read alone
(``headline_tails``), the line still has the tail's noun for the object of its verb and the words
before the comma for its subject ('Teachers ... warns union'), so the rules find no report. A tail of a
verb of saying's present form and a short noun phrase of nouns and names, after words that hold a
noun, is a report all the same: its cue the verb, its source the noun phrase, its content the words
before the comma. Not a tail whose words are no speaker ('..., says it all') nor one after a verb the
lexicon does not list as one of saying ('Storm hits coast, kills two')."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .candidate import SPEECH, Candidate, trim, trim_content
from .lexicon import active_lexicon

_SOURCE_POS = frozenset(["NOUN", "PROPN", "ADJ", "DET", "PART"])  # ('union', 'former minister', 'the regulator')


def told_tail(doc: Doc, text: str, comma: int, end: int, cands: list[Candidate],
              sentence_of: Callable[[int], int]) -> list[Candidate]:
    """``cands`` and the report of a headline ending ', warns union' when no candidate reads its tail."""
    tail = [t for t in doc if comma < t.idx < end and not t.is_space]
    before = [t for t in doc if t.idx < comma]
    if len(tail) < 2 or tail[0].lower_ not in active_lexicon().speech_forms or not any(
            t.pos_ in ("NOUN", "PROPN") for t in before):
        return cands
    words = tail[1:]
    if any(t.pos_ not in _SOURCE_POS for t in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
        return cands
    content = trim_content(text, 0, comma)
    cue = (tail[0].idx, tail[0].idx + len(tail[0]))
    if content is None or any(c.cue and c.cue != cue and c.cue[0] < end for c in cands):
        return cands  # (another report of the line's is read; one of the verb's, 'Teachers' its source, is not)
    cand = Candidate(cue=cue, source=trim(text, words[0].idx, end), contents=[content], nature=SPEECH,
                     source_token=words[-1].i, sentence=sentence_of(cue[0]))
    return [cand, *(c for c in cands if c.cue != cue)]


__all__ = ["told_tail"]
