"""A headline's role is the person the lede's same role turned out to be.

'Airport spokeswoman defends new security rules' / 'A spokeswoman for Brenlow Airport said on
Monday ...' / 'The spokeswoman, Dana Kettleby, said ...': the lede's source is named later
(``cataphora``), and the headline's 'Airport spokeswoman' is that same spokeswoman. An anonymous
role ('spokeswoman', 'official') takes no person quoted next (``ledes``), but the lede's own
source with that noun, once named, is the one the headline means.

Only a headline source left a description, singular, and the first top-level source after the
headline within ``ledes.LEDE_WINDOW`` sentences whose head is the same noun and which resolved to a
person."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .headline_offices import office_holder
from .index import DESCRIPTION, PERSON

if TYPE_CHECKING:
    from .candidate import Candidate
    from .index import Resolved
    from .speakers import SpeakerResolver


def headline_records(resolver: SpeakerResolver, cands: list[Candidate]) -> Iterator[int]:
    """The index of each top-level candidate whose source is in the headline."""
    for i, cand in enumerate(cands):
        if cand.source is not None and cand.parent is None and cand.source[0] < resolver.headline_end:
            yield i


def lede_records(resolver: SpeakerResolver, cands: list[Candidate], i: int) -> Iterator[int]:
    """The index of each top-level candidate after ``i`` whose source is in the body's first
    ``ledes.LEDE_WINDOW`` sentences, in order."""
    from .ledes import LEDE_WINDOW

    first = resolver.sentence_of(resolver.headline_end)
    for j in range(i + 1, len(cands)):
        later = cands[j]
        if later.source is None or later.parent is not None or later.source[0] < resolver.headline_end:
            continue
        if resolver.sentence_of(later.source[0]) - first > LEDE_WINDOW:
            return
        yield j


def name_the_headline_role(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved]) -> None:
    """Give a headline's role source ('Airport spokeswoman') the person its lede's same role became."""
    for i in headline_records(resolver, cands):
        if out[i].kind != DESCRIPTION or out[i].plural or (found := resolver.head_of(cands[i])) is None:
            continue
        noun = found[1].lemma_.lower() if found[1].tag_ != "NNP" else found[1].lower_
        for j in lede_records(resolver, cands, i):
            head = resolver.head_of(cands[j])
            if head is not None and head[1].lemma_.lower() == noun and head[1].pos_ == "NOUN":
                if out[j].kind == PERSON and out[j].name:
                    out[i] = out[j]
                break
        else:
            if (holder := office_holder(resolver, cands, out, i, found[0], noun)) is not None:
                out[i] = holder


__all__ = ["headline_records", "lede_records", "name_the_headline_role"]
