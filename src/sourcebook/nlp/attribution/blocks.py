"""The blocks a page gives different writers (reviews, letters, comments) and the people a writer
names as their own, for ``anaphora``:

1. a line that holds only a name, with initials or glyphs at most ('Brian T. ★★★★★', 'D. Nakamura',
   'Marta Ruiz'), opens a block another person writes: a 'he' or 'she' after it stands for no one
   named or quoted before it ('Femi A. / My partner says X. / Brian T. / Bought it for my wife.
   She says Y': not Femi's partner), nor for the name the line gives (the block's 'I');
2. 'my wife', 'our daughter': a person of one gender the writer calls their own, outside any
   quotation, in the pronoun's sentence or the one before, is the nearest antecedent of a pronoun
   of that gender ('Bought it for my mother. She says X': the mother), unless a person of that
   gender is named between them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from typing import TYPE_CHECKING

from .people import gender_of_word
from .tables import words_of

if TYPE_CHECKING:
    from .index import Resolved
    from .speakers import SpeakerResolver

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_INITIAL = re.compile(r"[A-Z]\.")
_OWN = frozenset(["my", "our"])
_NAME_WORDS = 4  # the most words a name line holds


def block_start(resolver: SpeakerResolver, offset: int) -> int:
    """Where the block of ``offset`` starts: right after the last name line before it, else 0."""
    lines = _name_lines(resolver)
    i = bisect_right([end for _, end in lines], offset) - 1
    return lines[i][1] if i >= 0 else 0


def name_line_at(resolver: SpeakerResolver, offset: int) -> bool:
    """Whether ``offset`` is on a name line (the name it gives is the block's writer, no antecedent)."""
    return any(start <= offset < end for start, end in _name_lines(resolver))


def _name_lines(resolver: SpeakerResolver) -> list[tuple[int, int]]:
    """The lines that hold only a name, as (start, end) offsets, in text order (once per article)."""
    known = getattr(resolver, "_name_lines_cache", None)
    if known is not None:
        return known
    out: list[tuple[int, int]] = []
    start, headline = 0, True  # (the headline opens no block)
    for line in resolver.text.split("\n"):
        end = start + len(line)
        if not headline and _is_name_line(resolver, line, start):
            out.append((start, end))
        headline = headline and not line.strip()
        start = end + 1
    resolver._name_lines_cache = out  # type: ignore[attr-defined]
    return out


def _is_name_line(resolver: SpeakerResolver, line: str, start: int) -> bool:
    stripped = line.strip()
    # (its first words only, one more than a name holds: a paragraph's line is no name's, found without reading it all)
    words = [m.group() for m in islice(_WORD.finditer(stripped), _NAME_WORDS + 1)]
    if not 2 <= len(words) <= _NAME_WORDS or stripped[-1:] in ".!?:;,\"”'’" and not _INITIAL.fullmatch(words[-1]):
        return False
    if not all(w[:1].isupper() for w in words) or any(ch.isdigit() for ch in stripped):
        return False
    if any(_INITIAL.fullmatch(w) for w in words):
        return True  # 'Brian T.', 'D. Nakamura'
    span = resolver.doc.char_span(start, start + len(line), alignment_mode="contract")
    ents = [e for e in resolver.ents_in(span.start, span.end) if e.label_ == "PERSON"] if span is not None else []
    named = {w for e in ents for w in _WORD.findall(e.text)}
    return bool(ents) and all(w in named for w in words)


def own_person(resolver: SpeakerResolver, offset: int, wanted: str) -> Resolved | None:
    """'my wife' or 'our son' of gender ``wanted`` in the sentence before ``offset`` or its own,
    outside quotations and in the pronoun's block, with no person of that gender named since."""
    from .descriptions import DESCRIPTION
    from .index import Resolved

    if resolver.in_quote(offset):
        return None
    doc = resolver.doc
    sentence = resolver.sentence_of(offset)
    first = max(resolver.sent_starts[max(0, sentence - 1)], block_start(resolver, offset))
    span = doc.char_span(first, offset, alignment_mode="contract")
    found, table = None, words_of(doc)
    for i in range(span.start, span.end) if span is not None else ():
        # (a Token made once a noun is found, or for a noun of that gender: the others read from the words' lists)
        if found is None and not (table.pos[i] == "NOUN" and table.tag[i] == "NN" and gender_of_word(table.text[i]) == wanted):
            continue
        token = doc[i]
        if token.ent_type_ == "PERSON" and found is not None:
            found = None  # a person named since ('my wife and Jane Doe ...'): not this one
        if (token.pos_ == "NOUN" and token.tag_ == "NN" and gender_of_word(token.text) == wanted
                and any(c.dep_ == "poss" and c.lower_ in _OWN for c in token.children) and not resolver.in_quote(token.idx)):
            found = token
    if found is None:
        return None
    phrase = resolver.phrase(doc[found.left_edge.i : found.i + 1], found)
    return Resolved(phrase, DESCRIPTION, gender=wanted)
