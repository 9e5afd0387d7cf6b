"""A politician's epithet, a definite phrase of a place or a party and an office or a party's
member, stands for the person the article named just before that it fits.

US political copy names a politician, then goes on with an epithet instead of the name: 'Sen. Ana
Ruiz spoke first. The Oregon Democrat said X', 'Ruiz won on Tuesday. The Vermont senator said Y',
'Tom Hale attacked the plan. The GOP front-runner said Z', 'said the New York businessman'. The
epithet's head is one of ``epithet_heads.txt`` (a party's member, an office, a candidate's
standing), with a capitalised place or party word before it that does not open the sentence. It is
the person named last in the sentences just before (``_WINDOW``), outside quotations, that nothing
in the epithet contradicts: not of the other party ('the Ohio Republican' is no Democrat), not
holding another office ('the Texas senator' is no governor), not of the other gender ('the
congresswoman'); one whose title or apposition has the epithet's words goes first ('Ohio Gov. Lee
Marsh ... Tom Hale ... The Ohio governor said': Marsh). With no one named just before, or a
phrase that says who it is ('the Vermont senator who ran in 2016', 'the Democratic nominee for
mayor'), the description stays (``roles``, ``speakers``). Not a plural ('the Texas Republicans').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...aliases import TITLES, fold
from ..lexicon import word_set
from .people import compatible, gender_of_word, known_gender
from .subjects import main_subject, sentence_span

if TYPE_CHECKING:
    from .anaphora import Salience
    from .index import Resolved
    from .people import Person
    from .speakers import SpeakerResolver

_WINDOW = 3  # sentences back to the person named
_PARTIES = ({"republican", "republicans", "gop", "conservative"}, {"democrat", "democratic", "democrats", "liberal"})
_OFFICES = frozenset({"senator", "governor", "congressman", "congresswoman", "mayor", "president", "speaker", "secretary"})


def holder(resolver: SpeakerResolver, span: Span, head: Token, salience: Salience) -> Resolved | None:
    """The person the epithet ``span`` (with its head ``head``) stands for, else None."""
    if not _epithet(span, head):
        return None
    from .index import DESCRIPTION, PERSON, Resolved
    from .roles import role

    offset = span.start_char
    said = {fold(t.text) for t in span if t.i <= head.i and t.lower_ != "the"}
    held = role(resolver, span, head, offset, salience)  # (one whose title holds the role: 'Sen. Ana Ruiz ... the senator')
    other = held is not None and held.kind == PERSON and (
        (bearer := resolver.people.find((held.name or "").split())) is not None and _contradicts(said, head, bearer))
    if held is not None and held.kind == PERSON and not other:
        return held
    sentence = resolver.sentence_of(offset)
    found: dict[str, tuple[tuple[int, bool, int], Person]] = {}
    # the main subjects of the sentences just before and of the source's own, and the speakers quoted there
    # (or a name standing alone as a sentence: '6. Lee Marsh. The Ohio governor is ...')
    spans = [sentence_span(resolver, k) for k in range(max(0, sentence - _WINDOW), sentence + 1)]
    subjects = [main_subject(sp) or _lone_name(sp) for sp in spans]
    named = [(True, t.idx, resolver.person_for([t])) for t in subjects if t is not None and t.idx < offset and t.pos_ == "PROPN"]
    named += [(False, at, resolver.people.find(res.name.split())) for at, where, res in salience.entries
              if res.kind == PERSON and res.name and sentence - where <= _WINDOW and at < offset]
    for subject, at, person in named:  # (a sentence's subject before a speaker: 'Rubio was asked by X whether Y')
        if person is None or resolver.in_quote(at) or _contradicts(said, head, person):
            continue
        key = (len(_words(person) & said), subject, at)
        found[person.name] = max(found.get(person.name, ((0, False, 0), person)), (key, person), key=lambda f: f[0])
    if not found:  # (not the holder of the office elsewhere the role found: 'Ohio Gov. X ... the Texas governor')
        return Resolved(resolver.phrase(span, head), DESCRIPTION) if other else None
    _, person = max(found.values(), key=lambda f: f[0])
    return Resolved(person.name, PERSON, person.affiliation, person.gender)


def _lone_name(span: Span | None) -> Token | None:
    """The last word of a full name that a sentence with no verb holds ('6. Lee Marsh.')."""
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return next((t for t in reversed(span) if t.ent_type_ == "PERSON" and t.i > span.start
                 and span.doc[t.i - 1].ent_type_ == "PERSON"), None)


def _epithet(span: Span, head: Token) -> bool:
    """'the Vermont senator', 'The Ohio Republican', 'the GOP front-runner': definite, singular, a
    head of ``epithet_heads.txt`` and a capitalised word before it, with nothing after it."""
    if span[0].lower_ != "the" or head.tag_ in ("NNS", "NNPS") or any(not t.is_punct for t in span[head.i - span.start + 1 :]):
        return False
    if head.lower_ not in word_set("attribution/epithet_heads"):
        return False
    before = [t for t in span[1 : head.i - span.start] if t.dep_ in ("compound", "amod", "nmod")]
    return bool(before) and all(t.text[:1].isupper() for t in before) and not any(t.pos_ == "PRON" for t in span)


def _words(person: Person) -> set[str]:
    """The words of the person's titles, appositions and affiliation, folded."""
    return set(fold(" ".join([*person.roles, person.affiliation or ""])).replace("org:", " ").split())


def _contradicts(said: set[str], head: Token, person: Person) -> bool:
    """The epithet names the other party, another office, the same office of another place
    ('the Ohio governor' is not New Jersey's governor) or the other gender."""
    words = _words(person)
    for party, other in (_PARTIES, _PARTIES[::-1]):
        if said & party and words & other and not words & party:
            return True
    offices = said & _OFFICES
    if offices and words & _OFFICES and not words & offices:
        return True
    # the same office of a place its title names that the epithet does not ('New Jersey Gov. X': not 'the Ohio governor')
    capitals = {fold(w).rstrip(".") for w in (person.affiliation or "").replace("-", " ").split()
                if w.istitle() and w.rstrip(".").isalpha()}  # (clean words only: not 'PRESSOhio' of a page's furniture)
    places = capitals - _PARTIES[0] - _PARTIES[1] - _OFFICES - TITLES - {"state", "u.s", "us", "former", "the"}
    if head.lower_ in words & _OFFICES and places and not places & said:
        return True
    return not compatible(known_gender(person), gender_of_word(head.text))


__all__ = ["holder"]
