"""The gender a report in the writer's own words shows for its speaker: its clause's subject is
'she' or 'he', or that subject is owned by 'her' or 'his' ('The 36-year-old said she would fix
the lights', 'said her first task would be X').

News reports a speaker's own plans and feelings so, and a source that shows no gender of its own
(an age, 'the 36-year-old'; a nation, 'The Finn') must not go to the last speaker of the other
gender ('Harold Finch said X. The 36-year-old said she would Y' is not Finch). Only the first
content, no quotation, and one pronoun subject; a noun with a gender of its own ('the father said
she had been bullied') is not asked."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .people import FEMALE, MALE

_GENDERS = {"she": FEMALE, "he": MALE, "her": FEMALE, "his": MALE}
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")


def reported_gender(doc: Doc, said: Sequence[tuple[int, int]]) -> str | None:
    """The gender the subject of the first content's clause gives its speaker, else None."""
    if not said:
        return None
    span = doc.char_span(said[0][0], said[0][1], alignment_mode="expand")
    if span is None or not len(span) or span[0].text[:1] in _QUOTES:
        return None
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    if subject.lower_ in ("she", "he"):
        return _GENDERS[subject.lower_]
    owners = [c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("her", "his")]
    return _GENDERS[owners[0].lower_] if len(owners) == 1 else None


__all__ = ["reported_gender"]
