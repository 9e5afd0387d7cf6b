"""The sentence a bare noun for a person reaches back to across paragraphs, in copy written one
sentence to a paragraph (British regional and wire style), for ``epithet_after``.

There each sentence is a paragraph of its own, so the person a noun varies the reference to is
named a paragraph or more before it: 'Keeley Ashdown, 34, pays £12 a day to park. / The mother of
two said X' is Ashdown, as 'Tariq Haddad had to leave his home. / The water reached the units. /
The father of three said Y' is Haddad. The reach is the nearest of the three sentences before that
speaks of anyone the noun fits (by gender, and by the age a time of life allows: 'Colin Brayford,
71,' / 'Jasmine Okafor, 19,' / 'The pensioner said' is Brayford), when it and every sentence after
it up to the noun's is a paragraph alone, in an article of three paragraphs or more, three in four
of them a sentence alone, and none of them has someone described for its subject
or brings someone described in ('The passenger, a 58-year-old woman, is recovering', 'A nurse who
treated him said', 'getting advice from a combat veteran': someone new, whom 'the man' may be); a
paragraph of two sentences or more keeps the noun to its own paragraph, as before. PolNeAR's US
political copy, with longer paragraphs, is the reason for the limits: reaching back there did not
pay (the fifty-sixth pass)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from spacy.tokens import Token

from ..lexicon import word_set

if TYPE_CHECKING:
    from .candidate import Candidate
    from .index import Resolved
    from .people import Person
    from .speakers import SpeakerResolver

REACH = 3  # sentences back ('after one, two or three paragraphs')
#: ``one_sentence_copy`` of each resolver, judged once an article (the resolver's own fields stay those it declares)
_ONE_SENTENCE: WeakKeyDictionary[SpeakerResolver, bool] = WeakKeyDictionary()


def sentence_back(resolver: SpeakerResolver, here: int, done: tuple[list[Candidate], list[Resolved]],
                  fits: Callable[[str, str | None], bool] = lambda name, gender: True) -> int | None:
    """The sentence before ``here`` that the noun opening ``here`` reaches back to, or None: past one
    that names only people the noun does not fit (``fits``, by name and gender: 'Jasmine Okafor, 19,
    moved in' between 'Colin Brayford, 71,' and 'The pensioner said')."""
    if not _alone(resolver, here) or not one_sentence_copy(resolver):
        return None
    for back in range(here - 1, max(-1, here - 1 - REACH), -1):
        if resolver.sent_starts[back] < resolver.headline_end or not _alone(resolver, back):
            return None
        found = _speaks_of(resolver, back, done)
        if found is _ANOTHER:
            return None  # someone else brought in ('A nurse who treated him said', 'advice from a veteran')
        if found is not None and (not found or any(fits(p.name, p.gender) for p in found)):
            return back
    return None


_ANOTHER: list[Person] = []  # (a sentence that brings in someone unnamed)


def reach(resolver: SpeakerResolver, here: int, done: tuple[list[Candidate], list[Resolved]], cand: Candidate,
          head: Token) -> int | None:
    """``sentence_back`` for the noun ``head`` of ``cand``'s source, with the people it ``fitting``."""
    return sentence_back(resolver, here, done, fitting(resolver, cand, head))


def fitting(resolver: SpeakerResolver, cand: Candidate, head: Token) -> Callable[[str, str | None], bool]:
    """Whether the noun ``head`` fits a person, by name and gender: of the gender its word or its report
    gives ('The grandmother', 'The baker said he'), and of an age its word allows."""
    from .people import compatible, gender_of_first_name, gender_of_word
    from .reported_genders import reported_gender

    wanted = gender_of_word(head.text) or reported_gender(resolver.doc, cand.contents)
    return lambda name, gender: compatible(gender or gender_of_first_name(name.split()[0]), wanted) and (
        ages_fit(resolver, head, name))


def one_sentence_copy(resolver: SpeakerResolver) -> bool:
    """Whether the article is written one sentence to a paragraph: three paragraphs or more after its
    headline, at least three in four of them a sentence alone (not two lines, 'X disputes it. / The
    businessman says Y', where a noun keeps to its paragraph)."""
    known = _ONE_SENTENCE.get(resolver)
    if known is None:
        starts = [k for k, at in enumerate(resolver.sent_starts) if at >= resolver.headline_end and (
            at == 0 or "\n" in resolver.text[max(0, at - 3) : at]) and resolver.text[at : at + 80].strip()]  # (not the end)
        alone = sum(_alone(resolver, k) for k in starts)
        known = _ONE_SENTENCE[resolver] = len(starts) >= 3 and alone * 4 >= len(starts) * 3
    return known


def _alone(resolver: SpeakerResolver, sentence: int) -> bool:
    """Whether the sentence is a paragraph of its own: a break before it and after it."""
    starts, text = resolver.sent_starts, resolver.text
    start = starts[sentence]
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
    return (start == 0 or "\n" in text[max(0, start - 3) : start]) and "\n" not in text[start:end].rstrip()


def _speaks_of(resolver: SpeakerResolver, sentence: int, done: tuple[list[Candidate], list[Resolved]]) -> list[Person] | None:
    """The people the sentence names, or the speakers of its reports (an empty list: ``named_before``
    judges them); ``_ANOTHER`` when it has someone described for its subject or brings in someone
    described anywhere ('A man has been charged', 'getting advice from a combat veteran'; not 'Ruth
    Amadi, a nurse,', ``_said_of``); None when it speaks of no one new (a pronoun's aside, 'She broke her
    collarbone', goes on about the same one)."""
    from .descriptions import indefinite

    start = resolver.sent_starts[sentence]
    end = resolver.sent_starts[sentence + 1]
    span = resolver.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return _ANOTHER
    if any(_personal(resolver, t) and (t.dep_ in ("nsubj", "nsubjpass") or indefinite(t) and not _said_of(t)) for t in span):
        return _ANOTHER
    if any(c.parent is None and c.source is not None and start <= c.source[0] < end and _someone(resolver, c, r)
           for c, r in zip(*done, strict=False)):
        return []  # (not a thing read as a source: 'The water reached the units')
    people = [resolver.person_for(list(e)) for e in resolver.ents_in(span.start, span.end) if e.label_ == "PERSON"]
    if None in people:
        return []
    people += [resolver.person_for([t]) for t in span if t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_]
    return [p for p in people if p is not None] or None


def _said_of(token: Token) -> bool:
    """A noun that says what someone named is, no one new: 'Ruth Amadi, a nurse,', 'is a nurse', 'works as a receptionist'."""
    return token.dep_ in ("appos", "attr") or token.dep_ == "pobj" and token.head.lower_ == "as"


def _someone(resolver: SpeakerResolver, cand: Candidate, res: Resolved) -> bool:
    """A source that is someone: a person, a body, a group, or a noun for a person ('A nurse who
    treated him'; not a thing read as a source, 'The water reached the units')."""
    from .index import DESCRIPTION, UNKNOWN

    if res.kind == UNKNOWN or not res.name:
        return False
    found = resolver.head_of(cand) if res.kind == DESCRIPTION else None
    return res.kind != DESCRIPTION or found is not None and _personal(resolver, found[1])


def _personal(resolver: SpeakerResolver, token: Token) -> bool:
    """A singular noun for a person ('the passenger', 'a man', 'a nurse'; not 'Burglars', plural, nor
    'the water', whose ending only looks like a person's: an ending counts after 'a' or 'an', 'a walker')."""
    from .descriptions import indefinite
    from .people import gender_of_word
    from .syntax import PEOPLE_ENDINGS

    lemma, lex = token.lemma_.lower(), resolver.lex
    if lemma in word_set("collective_nouns") or lemma in word_set("attribution/kin_group_nouns"):
        return False  # ('The couple will close it': the ones just named)
    return token.tag_ == "NN" and (gender_of_word(token.text) is not None or lemma in lex.role_nouns
                                   or lemma in lex.passerby_nouns or lemma in word_set("attribution/standing_epithets")
                                   or lemma.endswith(PEOPLE_ENDINGS) and indefinite(token))


def ages_fit(resolver: SpeakerResolver, head: Token, name: str) -> bool:
    """Whether a noun for a time of life fits the age the article gave the person ``name``, if it gave
    one ('Jasmine Okafor, 19,' is no pensioner: ``elder_epithets.txt``; 'Colin Brayford, 71,' no
    schoolboy: ``young_epithets.txt``); any other noun fits."""
    from .descriptions import ROLE_THEN_NAME, noun_word

    word = noun_word(head)  # (all of 'great-grandfather')
    elder, young = word in word_set("attribution/elder_epithets"), word in word_set("attribution/young_epithets")
    if not (elder or young):
        return True
    surname = re.escape(name.split()[-1])
    given = re.search(rf"\b{surname}, (\d{{1,3}})\b|\b(\d{{1,3}})-year-old{ROLE_THEN_NAME}{surname}\b", resolver.text)
    if given is None:
        return True
    age = int(given.group(1) or given.group(2))
    return age >= 50 if elder else age < 20


__all__ = ["REACH", "ages_fit", "fitting", "one_sentence_copy", "reach", "sentence_back"]
