"""Who a report inside another's content is by: someone other than its reporter. 'He' or 'she'
inside a quotation is not the quotation's speaker ('"She was wrong," Holt said'; nor that speaker
named by a part of the name: 'Daniel' before 'Daniel Harari', ``people.excluded``), and a role
named inside anyone's report is not the reporter ('Whitlock told jurors the defendant had
written X': the defendant is not Whitlock). ``SpeakerResolver.resolve`` calls this once every
record has a speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import anaphora
from .candidate import Candidate
from .index import DESCRIPTION, PERSON, Resolved
from .people import FEMALE, MALE, excluded

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

_PRONOUNS = ("he", "she", "him", "her", "his")


def not_the_reporter(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved],
                     salience: anaphora.Salience) -> None:
    """Resolve again, without the reporter, each report inside another's content given to its
    reporter: a pronoun inside a quotation, or a role's noun ('the defendant') anywhere in it."""
    for i, cand in enumerate(cands):
        parent = out[cand.parent] if cand.parent is not None else None
        if parent is None or not parent.name or not excluded(out[i].name, parent.name) or out[i].kind != PERSON:
            continue
        found = resolver.head_of(cand) if cand.source else None
        if found is None:
            continue
        span, head = found
        assert cand.source is not None
        without = salience.before(cand.source[0], parent.name)
        if head.pos_ == "NOUN" and span[0].lower_ == "the":
            again = resolver.resolve_one(cand, without)
            out[i] = again if again.name != parent.name else Resolved(resolver.phrase(span, head), DESCRIPTION)
            continue
        if head.lower_ not in _PRONOUNS or not resolver.in_quote(cand.source[0]):
            continue  # 'Trump said he would ...': reported speech, he may well be Trump
        wanted = MALE if head.lower_ in ("he", "him", "his") else FEMALE
        out[i] = named_in_quote(resolver, cand.source[0], parent.name, wanted) or anaphora.pronoun(
            resolver, head.lower_, cand.source[0], without)


def named_in_quote(resolver: SpeakerResolver, offset: int, speaker: str, gender: str | None) -> Resolved | None:
    """The person named last in the same quotation before ``offset`` ('"Donald Trump is a
    fraud! He started ..."'), not its speaker, of a fitting gender."""
    quote = resolver.quotes.around(offset, offset + 1) if resolver.quotes is not None else None
    if quote is None:
        return None
    best = None
    for start, kind, key in resolver.mentions:
        if kind != PERSON or not quote.start <= start < offset:
            continue
        person = resolver.people.by_key.get(key)
        if person is not None and person.name != speaker and (gender is None or person.gender in (None, gender)):
            best = person
    return Resolved(best.name, PERSON, best.affiliation, best.gender) if best else None
