"""Sources named only after they speak. A pronoun source whose person no sentence before names,
named in what it reports: 'State Sen. Robert Kane will not seek a fifth term, he announced
Friday.' is Robert Kane's, the subject of the report the pronoun's clause follows (a lede names
its person so, the pronoun after). And a role that speaks before the text names its holder by
that role ('The UN special envoy for Kessarine said X. ... the envoy, Teodor Lind, told', 'A
federal judge ruled X. ... Judge Harriet Mills wrote', headline 'Curator says X' / 'The show's
curator, Dr. Ben Alm,'): the person so named (``named_later``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .descriptions import DESCRIPTION, group_nouns
from .given_roles import listed_person
from .naming import PERSON as A_PERSON_NOUN
from .naming import noun_kind
from .office_ranks import other_office
from .people import compatible, gender_of_word
from .role_bodies import whose_words
from .tables import starts_of, words_of

if TYPE_CHECKING:
    from .candidate import Candidate
    from .speakers import Resolved, SpeakerResolver

#: sentences after a role's source within which the text may name its holder by the role
ROLE_WINDOW = 6
#: words before a role noun that introduce another holder of it ('another envoy', 'a second judge')
_ANOTHER = frozenset(["a", "an", "another", "one", "second", "other", "new", "fellow"])
#: words of a role's qualifier that say nothing of whose role it is
_PLAIN = frozenset(["the", "a", "an", "'s", "of", "for", "at", "in", "to", "on"])


def reported_subject(resolver: SpeakerResolver, offset: int, wanted: str,
                     said: Sequence[tuple[int, int]]) -> Resolved | None:
    """The person the content before the pronoun at ``offset`` opens with as its subject, of the
    pronoun's gender (or of none known), in the pronoun's sentence; None when none is."""
    from .speakers import PERSON, Resolved

    sentence = resolver.sentence_of(offset)
    for start, end in said:
        if not (end <= offset and resolver.sentence_of(start) == sentence):
            continue
        for ent in resolver.ents_in(*_tokens(resolver, start, end)):
            if ent.label_ != "PERSON" or ent.root.dep_ not in ("nsubj", "nsubjpass") or ent.root.head.dep_ not in (
                    "ROOT", "ccomp", "parataxis"):
                continue  # the subject of the report itself, not of a clause inside it
            person = resolver.person_for(resolver._name_tokens(ent))
            if person is not None and compatible(person.gender, wanted):
                return Resolved(person.name, PERSON, person.affiliation, person.gender or wanted)
    return None


def _tokens(resolver: SpeakerResolver, start: int, end: int) -> tuple[int, int]:
    """The token range of the characters from ``start`` to ``end``."""
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def named_later(resolver: SpeakerResolver, cands: list[Candidate], out: list[Resolved]) -> None:
    """A role source left a description ('The United Nations special envoy for Kessarine said',
    'A federal judge ruled', a headline's 'Curator says') is the person the text names next by
    that same role noun, within ``ROLE_WINDOW`` sentences: a definite role with the name set
    beside it ('the envoy, Teodor Lind,', "The show's curator, Dr. Ben Alm,") or the role as the
    name's title ('Judge Harriet Mills'), when that is where the person is first named and no
    other holder of the role comes in before ('another envoy', 'The envoy of Norland, X,'); a holder
    of another office of the noun is none ('the deputy commissioner, X,' for 'The commissioner')."""
    from .speakers import PERSON, Resolved

    for i, cand in enumerate(cands):
        res = out[i]
        if res.plural or cand.source is None or cand.parent is not None:
            continue
        found = resolver.head_of(cand)
        if found is None:
            continue
        span, head = found
        # ('One of them, a baker who started here at 16, said X': the noun set beside 'One')
        head = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), head) if head.lower_ == "one" else head
        headline = cand.source[0] < resolver.headline_end
        # (or a headline's role word the NER took for a name, of no one the article names so: 'Librarian says')
        if res.kind != DESCRIPTION and not (headline and head.tag_ == "NNP" and len(span) == 1 and res.name == head.text
                                            and _no_one_named(resolver, head.text)):
            continue
        if not (head.pos_ == "NOUN" and head.tag_ == "NN" or headline and head.tag_ == "NNP"):
            continue
        lemma = head.lower_ if head.tag_ == "NNP" else head.lemma_.lower()
        listed = listed_person(lemma) and lemma not in resolver.lex.document_nouns  # (a person's of the list: 'mechanic')
        if noun_kind(head, resolver.lex) != A_PERSON_NOUN and not listed or lemma in group_nouns() or lemma in word_set(
                "collective_nouns"):
            continue  # (a body's noun: 'Aid group says X' / "The group's director, X,")
        person = _holder_named(resolver, head, lemma, max(span.end, head.right_edge.i + 1), cand.source[0])
        if person is None or not compatible(person.gender, gender_of_word(head.text)):
            continue
        role = person.affiliation or (None if headline else resolver.phrase(span, head))
        name_description(out, i, Resolved(person.name, PERSON, role, person.gender))


def name_description(out: list[Resolved], i: int, named: Resolved) -> None:
    """Give the description resolved for candidate ``i`` the person ``named``, and the records after it
    the description was passed on to ('The envoy said X. ... The envoy said Y')."""
    described = out[i].name
    out[i] = named
    for k in range(i + 1, len(out)):
        if out[k].kind == DESCRIPTION and out[k].name == described:
            out[k] = named


def _no_one_named(resolver: SpeakerResolver, word: str) -> bool:
    """No person the article names in full has ``word`` for a name ('Cook says' of Tim Cook)."""
    person = resolver.people.find([word])
    return person is None or person.name == word


def _holder_named(resolver: SpeakerResolver, head: Token, lemma: str, after: int, offset: int):
    """The person the text names by the role ``lemma`` first after token ``after``, in the window;
    None when another holder comes in first or none is named so."""
    doc, words, starts = resolver.doc, words_of(resolver.doc), starts_of(resolver.doc)
    last = resolver.sentence_of(offset) + ROLE_WINDOW
    # the words up to the window's end (the first word of the sentence after it), read from the words' lists: a
    # Token made only for the role's word, not for every word of the window
    stop = bisect_left(starts, resolver.sent_starts[last + 1]) if last + 1 < len(resolver.sent_starts) else len(doc)
    for k in range(after, stop):
        if words.lower[k] != lemma and (words.pos[k] != "NOUN" or words.lemma[k].lower() != lemma) or resolver.in_quote(
                starts[k]):
            continue
        token = doc[k]
        if any(c.lower_ in _ANOTHER for c in token.lefts if c.dep_ in ("det", "amod", "nummod")):
            return None  # another one of them introduced
        if other_office({c.lower_ for c in token.lefts}, {c.lower_ for c in head.lefts}):
            continue  # another office of the noun: 'The commissioner said X. The deputy commissioner, Y, said Z' is not Y
        ent = _title_of(resolver, token) or _set_beside(resolver, token)
        if ent is None:
            continue  # ('The envoy declined to give details')
        if another_holder(head, token):
            return None  # the same role of another body: 'The envoy of Norland, X'
        person = resolver.person_for(resolver._name_tokens(ent))
        return person if person is not None and person.first > offset else None
    return None


def _title_of(resolver: SpeakerResolver, token: Token) -> Span | None:
    """The person's name the role opens as its title: 'Judge Harriet Mills'."""
    if not token.is_title:
        return None
    return next((e for e in resolver.ents_in(token.i, token.i + 2) if e.label_ == "PERSON" and (
        e.start == token.i + 1 or e.start == token.i and len(e) > 1)), None)


def _set_beside(resolver: SpeakerResolver, token: Token) -> Span | None:
    """The person's name set after a comma beside a definite role ('the envoy, Teodor Lind,', "The
    show's curator, Dr. Ben Alm,", 'the envoy for the region, Dan Okafor,'), closed by a comma,
    a stop or the sentence's verb."""
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.lefts):
        return None
    doc = token.doc
    end = token.i + 1
    if token.dep_ in ("poss", "compound"):
        return None  # whose the role is: "The group's country director, X"
    while end < len(doc) and end - token.i <= 8 and doc[end].text != "," and not doc[end].is_sent_start:
        if doc[end].pos_ in ("VERB", "AUX") or doc[end].is_punct or token not in doc[end].ancestors:
            return None
        end += 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    for ent in resolver.ents_in(end + 1, end + 4):
        titled = all(t.is_title and (t.is_punct or t.pos_ in ("PROPN", "NOUN")) for t in doc[end + 1 : ent.start])
        if ent.label_ == "PERSON" and ent.start > end and titled and (
                ent.end == len(doc) or doc[ent.end].text in (",", ".") or doc[ent.end].pos_ in ("VERB", "AUX")):
            return ent
    return None


def another_holder(role: Token, later: Token) -> bool:
    """The role noun ``later`` is of another body than ``role``: both say whose they are, with no
    word in common ('The envoy of Norland' / 'The envoy of Castavia')."""
    if later.lemma_.lower() != role.lemma_.lower() and later.lower_ != role.lower_:
        return False  # (another noun, or the name itself: 'Kevin Sullivan says')
    mine, theirs = _qualifier(role), _qualifier(later)
    return bool(mine and theirs and not mine & theirs)


def _qualifier(noun: Token) -> set[str]:
    """The words that say whose role ``noun`` is (``whose_words``: 'United Nations', 'Kessarine' of
    'The United Nations special envoy for Kessarine')."""
    return {w for w in (t.lower_ for t in whose_words(noun)) if w not in _PLAIN and w.isalpha()}
