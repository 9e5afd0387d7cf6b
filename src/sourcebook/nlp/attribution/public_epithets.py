"""A public figure's bare epithet stands for the person the sentences just before are about.

Political copy names a candidate, then goes on with an epithet that has no place or party word
before it: 'Mr. Trump has no rival there. "I love the valley," the candidate said', 'Clinton told
ABC News X. The former secretary of state has long maintained Y', 'Sanders invited two experts.
The senator has spoken of Z'. ``epithets`` needs a capitalised word before the head ('the Vermont
senator') and ``epithet_after`` a sentence before that names one person only, so the source was
left a description ('candidate'), or ``roles`` gave it a holder of the title named far back
('Sen. Ana Ruiz' in the lede; 'Tom Hale defends X in an ad: "Y," the senator says' is Hale).

Only 'the', words before the head and a head of ``epithet_heads.txt`` (or an office after
'former': 'the former president', 'The former secretary of state'), nothing after it but 'of
state'; no possessive, no name of a body or a person in it ('the Trump campaign's candidate'). The
person is the latest of the main subjects (or their owners: "Hale's tone grew harsher. The
candidate said") of the source's sentence before it and of the two sentences before, outside
quotations, and of the speakers resolved there; none when the noun stood for someone since ('X's
words hurt the former president, who'), when the headline (the first line) names others (then the one
person it names whom those sentences name too: 'Hale unveils a plan' ... 'Dana Hale spoke. Ann Ruiz,
the mayor, praised it. "Bold," the candidate said' is Hale), or when there is no headline ('Tom Reyes
met Ana Cruz. The businessman says X': nothing says whom); a headline that names no one tells against
no one ('The Latest: 3 towns vote first' ... 'Lee Hart is taking questions. The businessman began X'),
if the latest's sentence names no one else and no holder of the title was named in the last
sentences (seventy-third pass: 23 speakers changed on PolNeAR train, all right), when the epithet
contradicts them (party, office, gender: ``epithets``), when the article gave them a job of another
kind ('Leo Marsh, a spokesman, spoke. "We will win," the candidate said' is not Marsh) or an outlet's
name (a reporter: "The Washington Post's Ed O'Keefe explained X. Aides say the former governor"), and when the
holder ``roles`` found was named in those sentences too ("Walker's tenure ... The governor named
her"). When those sentences make no one their subject or speaker ('Hale defends tariffs' / 'A
syllabus was posted online. The candidate also denied X'), the one person the headline names is,
if the text names them too and nothing above tells against them.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import takewhile
from typing import TYPE_CHECKING

from ...aliases import TITLES, fold
from ..lexicon import word_set
from .anaphora import ROLE_WINDOW
from .body_nouns import folded_outlets, paper_named
from .epithets import _OFFICES, _contradicts
from .index import DESCRIPTION, PERSON, Resolved
from .people import compatible, gender_of_word
from .subjects import main_subject, sentence_span
from .tables import starts_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .anaphora import Salience
    from .candidate import Candidate
    from .people import Person
    from .speakers import SpeakerResolver

_WINDOW = 2  # sentences back to the subject or speaker
_FORMER = frozenset({"former", "ex"})


def holder(resolver: SpeakerResolver, cand: Candidate, res: Resolved, salience: Salience) -> Resolved | None:
    """The person the bare epithet source of ``cand`` stands for; None keeps ``res``."""
    if res.kind not in (DESCRIPTION, PERSON) or res.plural or cand.source is None:
        return None
    found = resolver.head_of(cand)
    if found is None or not _bare_epithet(*found):
        return None
    span, head = found
    offset = span.start_char
    said = {fold(t.text) for t in span if t.i <= head.i and t.lower_ != "the"}
    sentence = resolver.sentence_of(offset)
    if res.kind == PERSON and (held := resolver.people.find((res.name or "").split())) is not None and any(
            resolver.sent_starts[max(0, sentence - _WINDOW)] <= o < offset for o in held.offsets):
        return None  # the holder of the title, named just before ('Walker's tenure ... The governor named her')
    named: list[tuple[int, Resolved, Person | None]] = []
    for k in range(max(0, sentence - _WINDOW), sentence + 1):
        subject = main_subject(sentence_span(resolver, k))
        # (or the subject's owner: "Mr. Trump's tone seems to X. The candidate has Y")
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
        for word in (subject, owner):  # (not one of a pair: 'Ana Ruiz and Tom Hale met. The former mayor said')
            if word is not None and _first_line_end(resolver) <= word.idx < offset and word.text[:1].isupper() and (
                    not resolver.in_quote(word.idx)) and not any(c.dep_ == "conj" for c in word.children) and (
                    person := resolver.person_for([word])) is not None:
                named.append((word.idx, Resolved(person.name, PERSON, person.affiliation, person.gender), person))
    for at, where, spoken in salience.entries:  # (a speaker the index does not know by that name: 'Sanders said')
        if spoken.kind == PERSON and spoken.name and sentence - where <= _WINDOW and _first_line_end(resolver) <= at < offset:
            named.append((at, spoken, resolver.people.find(spoken.name.split())))
    if not named:
        return _headline_holder(resolver, said, head)
    at, spoken, person = max(named, key=lambda n: n[0])  # the latest only: one before it the epithet may not skip
    # (the words after ``at`` found by their offsets, their lemmas read from the words' lists: no Token for each)
    if head.lemma_ in words_of(span.doc).lemma[bisect_right(starts_of(span.doc), at) : span.start]:
        return None  # the noun already stood for someone since ('X's words may have hurt the former president, who')
    headlined = _headline_people(resolver)
    if spoken.name not in headlined and not (_first_line_end(resolver) and not headlined and _alone(
            resolver, at, offset, spoken, res)):
        # the story is about someone else ('Trump calls for X' ... 'De Blasio disbanded it. "Y," the candidate said'): the
        # one it is about if the sentences before name them, or has no headline to say whom ('Tom Reyes met Ana Cruz. The
        # businessman says X'; 'said Peter Olsen, 67. The governor declared Y'); a headline that names no one tells
        # against no one ('The Latest: 3 towns vote first' ... 'Lee Hart is taking questions. The businessman began by X')
        return _named_headliner(resolver, said, head, headlined, offset)
    if person is None and compatible(spoken.gender, gender_of_word(head.text)) and not _reporter(
            resolver, spoken.affiliation) or person is not None and not (
            _contradicts(said, head, person) or _other_job(resolver, person)):
        return Resolved(spoken.name, PERSON, spoken.affiliation, spoken.gender)
    return None


def _headline_holder(resolver: SpeakerResolver, said: set[str], head: Token) -> Resolved | None:
    """With no one the sentences before make their subject or speaker, the one person the headline
    names, when the epithet fits them ('Carson: Cruz took a page from Benghazi' / 'A syllabus was
    posted ... The candidate also denied X' is Carson; not when the headline names two, nor a man
    the article gave another job, 'Manafort's fall' / 'The nominee has not stepped forward')."""
    people = _headline_people(resolver)
    person = next(iter(people.values())) if len(people) == 1 else None
    if person is None or not any(o > _first_line_end(resolver) for o in person.offsets):
        return None  # (one the text names too: not 'Awkward Way' from a title-case line)
    if not compatible(person.gender, gender_of_word(head.text)) or _contradicts(said, head, person) or _other_job(
            resolver, person):
        return None
    return Resolved(person.name, PERSON, person.affiliation, person.gender)


def _alone(resolver: SpeakerResolver, at: int, offset: int, spoken: Resolved, res: Resolved) -> bool:
    """Under a headline that names no one, whether the latest subject or speaker (at ``at``) is the only person its
    sentence names ('Tom Hale said Ann Ruiz had won the seat unfairly. The former mayor said X': either) and the
    holder ``roles`` found for the source, if any, was not named in the sentences before ('the businessman Ahmed
    Rashid ... Lowe said X. The businessman said Y' stays Rashid)."""
    sentence = resolver.sentence_of(at)
    start = resolver.sent_starts[sentence]
    if any(p.name != spoken.name and any(start <= o < offset for o in p.offsets) for p in resolver.people.values()):
        return False
    held = resolver.people.find((res.name or "").split()) if res.kind == PERSON else None
    floor = resolver.sent_starts[max(0, resolver.sentence_of(offset) - ROLE_WINDOW)]
    return held is None or not any(floor <= o < offset for o in held.offsets)


def _named_headliner(resolver: SpeakerResolver, said: set[str], head: Token, headlined: dict[str, Person],
                     offset: int) -> Resolved | None:
    """The one person the headline names whom the source's sentence before it or the two before name too, when the
    epithet fits them ('Hale calls for X' ... 'The plan drew on Hale's memo. Mayor Ruiz disbanded it. "Y," the candidate
    said' is Hale, not Ruiz): the story's subject, present there, rather than the last subject."""
    start = resolver.sent_starts[max(0, resolver.sentence_of(offset) - _WINDOW)]
    near = [p for p in headlined.values() if any(start <= o < offset for o in p.offsets)]
    if len(near) != 1:
        return None
    person = near[0]
    if not compatible(person.gender, gender_of_word(head.text)) or _contradicts(said, head, person) or _other_job(
            resolver, person):
        return None
    return Resolved(person.name, PERSON, person.affiliation, person.gender)


def _bare_epithet(span: Span, head: Token) -> bool:
    """'the candidate', 'the presumptive Republican nominee', 'The former secretary of state'."""
    if span[0].lower_ != "the" or not (head.tag_ == "NN" or head.tag_ == "NNP" and head.is_lower) or head.i == span.start:
        return False
    former = any(t.lower_ in _FORMER for t in span if t.i < head.i)
    if head.lower_ not in word_set("attribution/epithet_heads") and not (former and head.lower_ in _OFFICES):
        return False
    for token in span:
        if token.i < head.i and (token.dep_ == "poss" or token.ent_type_ in ("PERSON", "ORG") and token.lower_ not in (
                "republican", "democratic", "gop")):
            return False  # 'his candidate', 'the Trump campaign candidate'
        if token.i > head.i and not token.is_punct and not (
                token.lower_ == "of" and token.head.i == head.i or token.lower_ == "state" and token.head.lower_ == "of"):
            return False  # 'the candidate who won in 2012': a description that says who it is
    return True


def _headline_people(resolver: SpeakerResolver) -> dict[str, Person]:
    """The people the first line names ('Trump calls for X.' as much as a title-case headline), whom
    a story's epithets are about (by any capitalised word the article's people know: the NER seldom
    tags a title-case line), by name; none in a text of one line."""
    end = _first_line_end(resolver)
    words = takewhile(lambda t: t.idx < end, resolver.doc)  # (the first line's words, not the whole text's)
    return {p.name: p for t in words if t.text[:1].isupper() and (p := resolver.person_for([t])) is not None}


def _first_line_end(resolver: SpeakerResolver) -> int:
    """Where the text's first line ends (0 for a text of one line): what it says is no sentence before a source."""
    return max(resolver.text.find("\n"), 0)


def _other_job(resolver: SpeakerResolver, person: Person) -> bool:
    """The article gave the person a job no public figure's epithet names ('spokesman', 'aide'), or an outlet's
    name (a reporter: ``_reporter``)."""
    public = word_set("attribution/epithet_heads") | _OFFICES | TITLES
    return _reporter(resolver, person.affiliation) or any(r in resolver.lex.role_nouns and r not in public
                                                          for r in person.roles)


def _reporter(resolver: SpeakerResolver, affiliation: str | None) -> bool:
    """An outlet's person ("The Washington Post's Ed O'Keefe explained X. Aides say the former governor plans Y": the
    governor is not the reporter quoted last)."""
    return bool(affiliation) and (fold(affiliation or "") in folded_outlets(resolver.lex.outlets) or paper_named(
        affiliation))


__all__ = ["holder"]
