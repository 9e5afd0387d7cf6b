"""The writer an article's own 'I' stands for: the one person its byline names.

A report the article's writer makes in the first person, outside quotation marks ('By Ana
Ruiz ... Last spring I told my landlord that X', 'I think the paper owes readers an apology'),
is the writer's: the person of the byline ('By Ana Ruiz', 'By Helen Marchetti, Public Editor').
No byline, or one naming two writers ('By Ana Ruiz and Tom Bell'), names no one; a quoted 'I'
is the quotation's own speaker and a transcript turn's 'I' the turn's ('GRANT: I will'); a forum post's 'I' is
the user its 'Posted by' line names (``post_bylines``).
A writer's 'my father' or 'my editor' is theirs ("Ana Ruiz's father"); the 'I' of a piece 'as told
to' a writer is its subject's (``told_to``). The writer is named after every other source is
resolved and never becomes salient for the 'he' or 'she' that follows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidate import byline_line
from .index import DESCRIPTION, PERSON, UNKNOWN, Resolved
from .people import gender_of_first_name
from .post_bylines import poster_at
from .told_to import told_to_subject

if TYPE_CHECKING:
    from .candidate import Candidate
    from .speakers import SpeakerResolver

_SINGULAR = frozenset({"i", "me", "my", "myself"})
#: a byline naming more than one writer ('By Ana Ruiz and Tom Bell', 'By A, B and C')
_MORE = re.compile(r"\band\b|&|\bwith\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
#: what ends the name on a byline ('By Helen Marchetti, Public Editor', 'By Ana Ruiz | Staff')
_NAME_END = re.compile(r"\s*(?:[,|(/]|\s[-\u2013\u2014]\s)")
_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "la", "le", "di", "du", "bin", "al"})


def byline_writer(resolver: SpeakerResolver) -> Resolved | None:
    """The one person the byline names, or None (no byline, two bylines, two writers); read
    from the line itself where the NER tagged no name on it ('By Ana Ruiz')."""
    text = resolver.text
    lines = {bounds for line in _LINE.finditer(text) if (bounds := byline_line(text, line.start())) is not None}
    if len(lines) != 1:
        return None
    start, after_by, end = next(iter(lines))
    name = _NAME_END.split(text[after_by:end], maxsplit=1)[0].strip()
    words = name.split()
    if _MORE.search(name) or not 2 <= len(words) <= 4 or not all(w[0].isupper() or w in _PARTICLES for w in words):
        return None  # 'By Ana Ruiz and Tom Bell': whose 'I' it is, the text does not say
    keys = {key for offset, kind, key in resolver.mentions if kind == PERSON and start <= offset < end}
    person = resolver.people.by_key.get(next(iter(keys))) if len(keys) == 1 else None
    if person is not None:
        return Resolved(person.name, PERSON, person.affiliation, person.gender)
    return Resolved(name, PERSON, None, gender_of_first_name(words[0]))


def name_the_writer(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved]) -> None:
    """Give the byline's writer to the sources 'I' left unknown outside quotation marks."""
    writer: Resolved | None = None
    for i, cand in enumerate(cands):
        mine = cand.source is not None and out[i].kind == DESCRIPTION and (out[i].name or "").lower().startswith("my ")
        if cand.source is None or (out[i].kind != UNKNOWN or out[i].name is not None) and not mine:
            continue
        start, end = cand.source
        if not mine and resolver.text[start:end].strip().lower() not in _SINGULAR or resolver.in_quote(start):
            continue  # '"I think the council failed," said Tom Reed': Reed's 'I'
        if resolver.turn_at(start) is not None:
            continue  # 'GRANT: I will ...': the turn's speaker
        if (poster := poster_at(resolver.text, start)) is not None:  # a forum post's: its 'Posted by' user
            out[i] = replace(out[i], name=f"{poster.name}'s {(out[i].name or '')[3:]}") if mine else poster
            continue
        writer = writer or told_to_subject(resolver) or byline_writer(resolver)  # (a piece 'as told to': its subject's)
        if writer is None:
            return
        out[i] = replace(out[i], name=f"{writer.name}'s {(out[i].name or '')[3:]}") if mine else writer  # ('My father said')


__all__ = ["byline_writer", "name_the_writer"]
