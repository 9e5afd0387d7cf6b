"""A plural pronoun whose group is 'the two women' or 'both men' is the two people that phrase
stands for (``both_people.the_two``), not the phrase: 'Marion Kell and Joyce Adair ran the
campaign. Kell said X. Adair said Y. The two women took the case to court. They said Z' is Kell
and Adair, as 'The two women said Z' would be.

Two people named together as a subject farther back in the pronoun's paragraph are its group too
when nothing nearer is ('Niamh Doherty and Saoirse Flynn reached the summit. A rockfall blocked
their way down. They said X': the two climbers, not no one): a few sentences of what befell them
come between them and their report (``_PARAGRAPH`` sentences at most, none of the headline, no
quotation).

Two people the article named together who spoke in the last turns before the pronoun are its group over a plural
noun of their turns' sentences ('Agnes Polwarth and Hester Quine kept the light. Polwarth said X. Quine said the
winters had been long. They said Y': the two, not the winters; ``singular_they.pair_speaking``); a noun named after
the last turn still wins ('The families met the mayor. They said').

A plural noun for people with two names set beside it is the two it names ('Two climbers, Sven Adler and Rosa Quint,
were rescued. They said X', 'The twins Maya and Zara Obi', 'Her parents, Mark and Jill Corr,'), as the names alone
would be ('Sven Adler and Rosa Quint were rescued. They said X')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import both_people, groups
from .groups import _joined_names
from .singular_they import pair_speaking

_PARAGRAPH = 4  # sentences back a pair named together may be

if TYPE_CHECKING:
    from .anaphora import Salience
    from .speakers import Resolved, SpeakerResolver


def plural_subject(resolver: SpeakerResolver, offset: int, said: Sequence[tuple[int, int]],
                   salience: Salience) -> tuple[int, Resolved] | None:
    """``groups.plural_subject``, a 'the two'/'both' phrase for people read as the pair it names."""
    found = groups.plural_subject(resolver, offset, said) or _pair_in_paragraph(resolver, offset)
    speaking = pair_speaking(resolver, offset, salience) if not resolver.in_quote(offset) else None
    if speaking is not None and (found is None or found[0] <= speaking[0]):
        return speaking  # ('Quine said the winters had been long. They said': the two who spoke, no noun of their words)
    if found is None or found[1].name is None:
        return found
    if (named := _named_apposition(resolver, *found)) is not None:
        return found[0], named  # ('Two climbers, Sven Adler and Rosa Quint, were rescued. They said': the two)
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


def _pair_in_paragraph(resolver: SpeakerResolver, offset: int) -> tuple[int, Resolved] | None:
    """The two people named together as the subject of an earlier sentence of the pronoun's paragraph,
    beyond the one before it (which ``groups.plural_subject`` reads), and that sentence."""
    if resolver.in_quote(offset):
        return None  # (a quoted 'they' is whoever the speaker means)
    sentence = resolver.sentence_of(offset)
    for back in range(sentence - 2, max(-1, sentence - _PARAGRAPH - 1), -1):
        begin, end = resolver.sent_starts[back], resolver.sent_starts[back + 1]
        if begin < resolver.headline_end or "\n" in resolver.text[begin:offset].strip():
            return None  # (the headline, or another paragraph)
        span = resolver.doc.char_span(begin, end, alignment_mode="contract")
        for token in span or ():
            if token.dep_ == "nsubj" and _joined_names(token) and not resolver.in_quote(token.idx):
                group = groups.joined_subject(resolver, token)
                return (back, group) if group is not None else None
    return None


def _named_apposition(resolver: SpeakerResolver, sentence: int, group: Resolved) -> Resolved | None:
    """The two people named beside the plural noun ``group`` was read from in ``sentence`` (its
    apposition: 'Two climbers, Sven Adler and Rosa Quint,'), else None."""
    if " and " in (group.name or "") or not group.plural:
        return None
    last = (group.name or "").split()[-1]
    span = resolver.doc.char_span(resolver.sent_starts[sentence], resolver.sent_starts[sentence + 1]
                                  if sentence + 1 < len(resolver.sent_starts) else len(resolver.text),
                                  alignment_mode="contract")
    noun = next((t for t in span or () if t.text == last and t.tag_ == "NNS"), None)
    names = next((c for c in noun.children if c.dep_ == "appos" and _joined_names(c)), None) if noun is not None else None
    return groups.joined_subject(resolver, names) if names is not None else None
