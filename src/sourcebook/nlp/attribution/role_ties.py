"""Which of two people holding a role a bare 'the cleric' is when both fit it as well.

A tie went to the last speaker ('Minister Ana Pell said X. Minister Tom Vane was there. The minister said Y': Pell),
as a writer who names a role right after a quotation mostly goes on with its speaker. But one holder named by name
only after the last speaker spoke, and before the role, is the one the role takes up: 'Fr Joseph Kiberu said X. The
priest said Y. Sheikh Hamid Yassin joined him. The cleric said Z' is the sheikh, the newcomer the writer has just
brought in, not the priest quoted twice already."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people import Person
    from .speakers import Resolved, SpeakerResolver


def tied_holder(resolver: SpeakerResolver, matches: list[tuple[float, Person]], offset: int,
                spoke: tuple[int, Resolved] | None) -> Resolved | None:
    """The holder a tie at the top score goes to: the one holder named since the last speaker (``spoke``: its sentence
    and who it was) spoke, else that speaker if they hold the role; None if the tie is none of these."""
    from .speakers import PERSON, Resolved

    if spoke is None:
        return None
    sentence, last = spoke
    top = max((int(score) for score, _ in matches), default=0)
    if not any(p.name == last.name and score >= top for score, p in matches):
        return None
    newer = [p for score, p in matches if score >= top and p.name != last.name
             and any(resolver.sentence_of(o) > sentence and o < offset for o in p.offsets)]
    if len(newer) == 1:
        return Resolved(newer[0].name, PERSON, newer[0].affiliation, newer[0].gender)
    return Resolved(last.name, PERSON, last.affiliation, last.gender)


__all__ = ["tied_holder"]
