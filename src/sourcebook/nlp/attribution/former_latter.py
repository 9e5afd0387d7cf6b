"""'The former' and 'the latter' as a source: the first or the second of the last two people the
article named together ('Mayor Ana Ruiz and her rival, Tom Hale, clashed on Monday. The former said
taxes would fall; the latter said they would rise.': Ruiz, then Hale).

Without this the source was read as a description and shown as the bare word ('former'), a
speaker no reader can use. The pair is sought in the sentences before the source, nearest first:
the first sentence naming two different people gives it (the two set side by side with 'and' when
it names more), so a pair named a few sentences back still counts while one person at a time is
quoted in between. A person named in the source's own sentence before it counts; one after it does
not. Only the two words alone ('the former minister' is a description, read as before)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from .people import Person
    from .speakers import Resolved, SpeakerResolver

_WINDOW = 12  # sentences back to the pair


def former_or_latter(resolver: SpeakerResolver, span: Span) -> Resolved | None:
    """The person 'the former' or 'the latter' (``span``) stands for, else None."""
    words = [t.lower_ for t in span if not t.is_punct]
    if words not in (["the", "former"], ["the", "latter"]):
        return None
    from .speakers import PERSON, Resolved

    sentence = resolver.sentence_of(span.start_char)
    first = resolver.sent_starts[max(0, sentence - _WINDOW)]
    by_sentence: dict[int, list[tuple[Span, Person]]] = {}
    for ent in resolver.ents_in(0, span.start):
        if ent.end > span.start or ent.start_char < first or not (ent.label_ == "PERSON" or resolver._person_like(ent)):
            continue
        person = resolver.person_for(resolver._name_tokens(ent))
        if person is not None:
            by_sentence.setdefault(resolver.sentence_of(ent.start_char), []).append((ent, person))
    for number in sorted(by_sentence, reverse=True):
        named = by_sentence[number]
        people = list(dict.fromkeys(p.name for _, p in named))
        if len(people) < 2:
            continue
        joined = [(a, b) for a, pa in named for b, pb in named if pa.name != pb.name and b.root.dep_ == "conj"
                  and b.root.head.i == a.root.i]
        if joined:
            pair = [joined[0][0], joined[0][1]]
        else:  # the last two different people named
            pair = [next(e for e, p in named if p.name == people[-2]), next(e for e, p in named if p.name == people[-1])]
        one = pair[0] if words[1] == "former" else pair[1]
        person = next(p for e, p in named if e is one)
        return Resolved(person.name, PERSON, person.affiliation, person.gender)
    return None
