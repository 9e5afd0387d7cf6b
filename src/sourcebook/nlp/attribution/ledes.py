"""Delayed identification: a description that opens a paragraph or is the headline ('Connecticut's
tax commissioner says ...') is the person or body the next sentences name ('Kevin Sullivan says
...'), for ``speakers.SpeakerResolver.resolve``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import word_set
from .anaphora import DESCRIPTION, _compatible
from .body_nouns import OUTLET_NOUNS, body_fits, name_words
from .cataphora import another_holder, name_description, named_later
from .descriptions import group_nouns as _group_nouns
from .headline_epithets import name_the_headline_epithet
from .headline_roles import name_the_headline_role
from .headline_titles import name_the_headline_title
from .lede_owners import owned_or_standfirst
from .office_ranks import other_office
from .people import FEMALE, MALE, Person, gender_of_word
from .roles import _parties
from .titled_appositions import name_the_titled_apposition

if TYPE_CHECKING:
    from .candidate import Candidate
    from .speakers import Resolved, SpeakerResolver


_ANONYMOUS = frozenset({
    "official", "source", "aide", "adviser", "advisor", "staffer", "insider", "member", "officer", "employee",
    "worker", "person", "spokesman", "spokeswoman", "spokesperson", "diplomat", "analyst", "expert", "resident",
    "witness", "man", "woman", "voter", "supporter", "critic", "observer",
})
_PARTS = "source_types/witness"  # the parts in a story ('passenger', 'tenant'): no office
LEDE_WINDOW = 2  # sentences between a described lede and the name
#: a title's short form and the noun a headline calls its bearer by ('Doctor warns of X' / 'Dr Ana Ruiz said')
_TITLE_NOUNS = {"dr": "doctor", "prof": "professor"}


def name_the_lede(resolver: SpeakerResolver, cands: list, out: list[Resolved]) -> None:
    """Delayed identification, the news lede: 'Connecticut's tax commissioner says ... / Kevin
    Sullivan says ...'. A singular description with a named qualifier ('Connecticut's', 'former
    DNC') that opens a paragraph or is the headline is the person quoted next, within two
    sentences, when that person is first named there; a headline description then takes the
    person its body description became ('Former DNC chairman calls ...')."""
    from .speakers import PERSON, Resolved

    name_the_titled_apposition(resolver, cands, out)  # ('The Mayor of Wexbury, Carol Dent,': not 'Mayor of Wexbury')
    heads: dict[int, Token] = {}
    for i, cand in enumerate(cands):
        res = out[i]
        if res.kind != DESCRIPTION or res.plural or cand.source is None or cand.parent is not None:
            continue
        found = resolver.head_of(cand)
        if found is None:
            continue
        span, head = found
        headline = cand.source[0] < resolver.headline_end  # a Title-Cased line: 'Mayor:', 'Senator Says'
        lemma = head.lower_ if headline and head.tag_ == "NNP" else head.lemma_.lower()
        if (head.pos_ != "NOUN" or head.tag_ != "NN") and not (headline and head.tag_ == "NNP") or (
                lemma not in resolver.lex.role_nouns or lemma in _ANONYMOUS
                or lemma in _group_nouns() or lemma in word_set("collective_nouns")):
            continue
        # a name qualifies the role before it ('Connecticut's tax commissioner') or after it ('the
        # mayor of Tarn'); a headline's role is matched to the body's below
        after = [g for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
                 for g in c.children if g.dep_ == "pobj"]
        # (or a definite role of some body or field: 'the head of counter-terrorism policing', 'the
        # agency's chief scientist')
        # (or a body's own, the body just named: 'The museum will close, its director said')
        definite = any(t.lower_ == "the" and t.head.i == head.i for t in span) and (after or any(
            t.i < head.i and t.dep_ in ("compound", "poss") and t.pos_ in ("NOUN", "PROPN") for t in span)) or any(
            t.lower_ == "its" and t.dep_ == "poss" and t.head.i == head.i for t in span) or owned_or_standfirst(
            resolver, span, head)  # ("the company's chief executive", a standfirst's 'The chief executive')
        if not headline and not definite and not any(t.i < head.i and (t.ent_type_ in ("ORG", "GPE", "NORP") or t.pos_ == "PROPN")
                                                     for t in span) and not any(g.ent_type_ in ("ORG", "GPE") or g.pos_ == "PROPN"
                                                                                for g in after):
            continue
        heads[i] = head
    for i, head in heads.items():
        start = cands[i].source[0]
        if start < resolver.headline_end:
            continue
        paragraph = resolver.text.rfind("\n", 0, start) + 1
        sentence = resolver.sentence_of(start)
        if resolver.sentence_of(paragraph) != sentence:
            continue  # not the paragraph's opening sentence
        wanted = gender_of_word(head.text) or _own_pronoun(resolver, cands[i])
        lemma = head.lemma_.lower()  # (this head's: not the last one the loop above read)
        words = resolver._role_words(resolver.doc[head.left_edge.i : head.i + 1])
        for j in range(i + 1, len(cands)):
            later = cands[j]
            if later.source is None or later.parent is not None:
                continue
            if resolver.sentence_of(later.source[0]) - sentence > LEDE_WINDOW:
                break
            name = out[j].name
            if out[j].kind != PERSON or not name:
                continue
            person = resolver.people.find(name.split())
            if (person is not None and person.first > start and _compatible(person.gender, wanted)
                    and not (_parties(words) and _parties(person.roles) - _parties(words))
                    and not _another_role(resolver, later, lemma) and not _given_another_part(resolver, person, words)
                    and not (lemma in person.roles and other_office(words, person.roles))  # ('The deputy mayor
                    # said X. The mayor, Tom Hale,': another office of the noun; a lede's 'head of X' may be a commissioner)
                    and not ((found := resolver.head_of(later)) is not None and another_holder(head, found[1]))):
                # the lede's role is the person's affiliation (``SpeakerResolver.resolve`` gives it
                # to the person's other records that have none)
                role = out[j].affiliation or resolver.phrase(resolver.doc[head.left_edge.i : head.right_edge.i + 1], head)
                name_description(out, i, Resolved(name, PERSON, role, out[j].gender))
            break  # only the first person quoted after the lede
    for i, head in heads.items():
        if cands[i].source[0] >= resolver.headline_end or out[i].kind == PERSON:
            continue
        lemma = head.lemma_.lower() if head.tag_ != "NNP" else head.lower_
        body = next((j for j, h in heads.items() if j != i and h.lemma_.lower() == lemma and out[j].kind == PERSON
                     and cands[j].source[0] > resolver.headline_end), None)
        if body is None:
            # 'Mayor vows to rebuild homes' / 'The mayor of Dunmore, Ann Price, promised': the
            # person the opening sentences name in that role
            first = resolver.sentence_of(resolver.headline_end)
            body = next((j for j, c in enumerate(cands) if c.source is not None and c.parent is None
                         and c.source[0] >= resolver.headline_end and out[j].kind == PERSON
                         and resolver.sentence_of(c.source[0]) - first <= LEDE_WINDOW
                         and lemma in [_TITLE_NOUNS.get(w, w) for w in name_words(resolver.text[c.source[0]:c.source[1]])]
                         + name_words(out[j].affiliation)), None)
        if body is not None:
            out[i] = out[body]
    named_later(resolver, cands, out)  # a role named later by that role, further on ('the envoy, X,')


def name_the_headline_body(resolver: SpeakerResolver, cands: list, out: list[Resolved]) -> None:
    """'Ministry confirms 63 cases' / 'The Ministry of Health said ...', 'Rights group says X' /
    '... by the rights group Open Cell': a headline's source that only says what kind of body
    speaks is the first body of that kind the article's opening quotes. Then a person's epithet the
    headline gives (``headline_epithets``)."""
    from .speakers import ORG, OUTLET, Resolved

    for i, cand in enumerate(cands):
        if cand.source is None or cand.parent is not None or cand.source[0] >= resolver.headline_end:
            continue
        found = resolver.head_of(cand)
        if found is None:
            continue
        span, head = found
        lemma = head.lower_ if head.tag_ == "NNP" else head.lemma_.lower()
        if lemma not in _group_nouns() or out[i].kind not in (ORG, DESCRIPTION) or (
                out[i].name or "").lower() not in (lemma, span.text.lower()):
            continue  # 'Ministry', 'Rights group'; not a name ('Harlow Water')
        for j in range(i + 1, len(cands)):
            later = cands[j]
            if later.source is None or later.parent is not None or later.source[0] < resolver.headline_end:
                continue
            if resolver.sentence_of(later.source[0]) - resolver.sentence_of(resolver.headline_end + 1) > LEDE_WINDOW:
                break
            # (an outlet for an outlet's noun: 'Reporter released, outlet says' / '..., the newspaper said')
            outlet = out[j].kind == OUTLET and lemma in OUTLET_NOUNS
            if (out[j].kind == ORG or outlet) and body_fits(resolver, out[j].name, lemma):
                out[i] = Resolved(out[j].name, out[j].kind, out[j].affiliation)
                break
    name_the_headline_epithet(resolver, cands, out)  # ('Veteran keeper signs' / X has signed / 'the veteran keeper')
    name_the_headline_role(resolver, cands, out)  # ('Airport spokeswoman defends X' / 'A spokeswoman for ...', named later)
    name_the_headline_title(resolver, cands, out)  # ('Bishop of Wrexley says X' / 'The Bishop of Wrexley, Alun Pritchard,')


def _own_pronoun(resolver: SpeakerResolver, cand: Candidate) -> str | None:
    """The sex a 'she' or 'he' opening the content right after the cue gives the source ('The
    health minister said she had full confidence in X': a woman, whoever is named next)."""
    if cand.cue is None or not cand.contents or cand.contents[0][0] < cand.cue[1]:
        return None
    start = cand.contents[0][0]
    if resolver.text[cand.cue[1] : start].strip().lower() not in ("", "that"):
        return None
    first = resolver.text[start : start + 4].split(" ", 1)[0].lower()
    return FEMALE if first == "she" else MALE if first == "he" else None


def _another_role(resolver: SpeakerResolver, cand: Candidate, lemma: str) -> bool:
    """Whether the source of ``cand`` names its person by a role other than ``lemma``: "Hale's
    lawyer argued ... / The judge, Ingrid Solberg, warned" names the judge, not the lawyer; so does
    a part in the story written as a title before the name ('Passenger Tom Reilly', or 'Campaigner Ana Roe' opening
    the sentence; not an office,
    'Assistant Commissioner Mark Dunn', which the lede's 'head of counter-terrorism policing' may hold)."""
    if cand.source is None:
        return False
    start, end = cand.source
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in resolver.lex.role_nouns and t.lemma_.lower() != lemma
        and not (t.dep_ == "compound" and t.head.lemma_.lower() == lemma)  # ('council leader X': one role)
        or t.pos_ == "PROPN" and t.dep_ == "compound" and t.lower_ != lemma and (t.lower_ in word_set(_PARTS) or (
            t.is_sent_start and t.lower_ in resolver.lex.role_nouns and t.lower_ not in word_set("titles")))
        for t in span)  # (or a role capitalised as the sentence's first word, no title: 'Campaigner Ana Roe said')


def _given_another_part(resolver: SpeakerResolver, person: Person, words: set[str]) -> bool:
    """Whether the text set a part in the story beside the person's name, no office, that shares no word with the
    lede's role: 'The county clerk said X. / Her opponent, Rashid Kowalczyk, has not conceded. / "We will fight," Mr
    Kowalczyk said' quotes the opponent, not the clerk (a lede's person is named bare or by an office, which may
    be the lede's role in other words: 'the head of the rules committee' / 'Rules Committee Chairman Bruce Ash')."""
    roles = {r for r in person.roles if not r.startswith("org:")}
    return bool(roles & _story_parts(resolver.lex.role_nouns)) and not roles & {w.lower() for w in words}


@lru_cache(maxsize=8)
def _story_parts(role_nouns: frozenset[str]) -> frozenset[str]:
    """The nouns of a part in a story that are no office ('opponent', 'neighbour'), made once for the lexicon."""
    return word_set("attribution/source_nouns") - role_nouns


__all__ = ["name_the_headline_body", "name_the_lede"]
