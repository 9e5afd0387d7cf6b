"""A plural pronoun whose group is 'the two women' or 'both men' is the two people that phrase
stands for (``both_people.the_two``), not the phrase: 'Marion Kell and Joyce Adair ran the
campaign. Kell said X. Adair said Y. The two women took the case to court. They said Z' is Kell
and Adair, as 'The two women said Z' would be."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import both_people, groups

if TYPE_CHECKING:
    from .anaphora import Salience
    from .speakers import Resolved, SpeakerResolver


def plural_subject(resolver: SpeakerResolver, offset: int, said: Sequence[tuple[int, int]],
                   salience: Salience) -> tuple[int, Resolved] | None:
    """``groups.plural_subject``, a 'the two'/'both' phrase for people read as the pair it names."""
    found = groups.plural_subject(resolver, offset, said)
    if found is None or found[1].name is None:
        return found
    words = found[1].name.lower().split()
    if len(words) != 2 or words[0] not in ("two", "both"):
        return found
    start = resolver.sent_starts[max(0, resolver.sentence_of(offset) - 1)]
    span = resolver.doc.char_span(start, offset, alignment_mode="contract")
    head = next((t for t in reversed(span or []) if t.lower_ == words[1] and t.tag_ == "NNS"), None)
    if head is None:
        return found
    written = " ".join(words) if words[0] == "both" else "the " + " ".join(words)
    pair = both_people.the_two(resolver, written, head, head.idx, salience)
    return (found[0], pair) if pair is not None else found
