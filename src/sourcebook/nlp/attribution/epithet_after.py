"""A bare noun for a person right after the sentence that named them: that person.

News writing names someone, then varies the reference in the next sentence of the same
paragraph with a noun the article never gave them before: 'Ada Moss said she had not seen the
foul. The young defender said she had simply gone for the ball.' or 'Tom Reyes disputes the
account. The businessman says the terms were signed.' Nobody was introduced so, so ``roles.role``
finds no holder and the source stays a description; the reader takes the one person the sentence
before spoke of.

Only a definite singular noun for a person with nothing that defines it ('the defender', 'The
former teacher'; not 'a defender', 'the defender who ...', 'the defender, X', nor a post in some
body, 'The race doctor said' after a rider, nor a bare job, 'the consultant' (someone else
to the older probes), but 'The retired engineer', 'the businessman', and a time of life or
standing, 'the pensioner', 'the veteran', in ``standing_epithets.txt``, no post to clash with a
role given); only in the same paragraph (or, in copy of one sentence to a paragraph, the nearest
of the three before that speaks of one the noun fits: ``paragraph_reach``); only when the sentence
before speaks of exactly one person (named outside a quotation, or a speaker resolved there) and makes them its subject (or
sets them beside it: 'His rival, Tom Ruiz, won'), of a fitting gender, holding the office if the
noun is one ('Mayor Ana Ruiz said X. The minister said Y' is someone else, as is 'the minister'
after one given no office),
whom the noun's names fit ('the Labour chair' is not a Green), not given another role
('Quill, a teacher, said X. The former officer said Y'), and when that sentence does not use
the noun for someone ('Ruiz said the striker was tired. The striker said Y'; the noun set beside
the name there is that person's: 'Ann Lee, a lawyer, spoke. The young lawyer said'). Never a noun for
someone's counterpart the article did not give them ('Ben Cole was stopped. The young officer said
X' is whoever stopped him; ``counterparts``). A past office ('the retired judge', 'the former
councillor') and a parent by a count of children ('the father of three', ``kin_counts``) may be the
person just named when the article gave them no office; the gender the report gives its speaker
must fit ('The former councillor said he would X' is not the woman just named, ``reported_genders``);
and the person the sentence before is about wins over the last speaker a role lookup fell back on
when no one was given the noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...aliases import TITLES
from ..lexicon import word_set
from .acted_upon import acted_upon, trade
from .body_nouns import company_nouns
from .counterparts import career, counterpart
from .index import DESCRIPTION, PERSON, UNKNOWN, Resolved
from .kin_counts import kin_count
from .kin_pairs import kin_end
from .office_ranks import other_office
from .paragraph_reach import ages_fit, fitting, reach
from .people import compatible, gender_of_first_name, gender_of_word
from .reported_genders import reported_gender
from .syntax import PEOPLE_ENDINGS
from .word_forms import listed

if TYPE_CHECKING:
    from .candidate import Candidate
    from .speakers import SpeakerResolver

_DEFINING = ("relcl", "acl", "appos", "prep")
_SUBJECTS = ("nsubj", "nsubjpass", "ROOT")


def _subject(token) -> bool:
    """A name that is its sentence's subject, or set beside it ('Her rival, Ana Ruiz, won')."""
    return token.dep_ in _SUBJECTS or token.dep_ == "appos" and token.head.dep_ in _SUBJECTS


def _person_noun(resolver: SpeakerResolver, head) -> bool:
    """A noun for one person: a role, an epithet, a word with a gender, a '-er' noun for people
    ('the defender', 'the financier', 'the pensioner')."""
    lemma, lower, lex = head.lemma_.lower(), head.lower_, resolver.lex
    if lemma in lex.document_nouns or lower in resolver._documents or lemma in resolver._group_words or (
            lemma in company_nouns() or lemma in lex.public_bodies or lemma in word_set("collective_nouns")
            or lemma in word_set("gathering_nouns")):
        return False
    return (lower in lex.role_nouns or lemma in lex.role_nouns or lower in word_set("attribution/person_epithets")
            or lemma in word_set("attribution/standing_epithets") or gender_of_word(head.text) is not None
            or lemma.endswith(PEOPLE_ENDINGS) and head.pos_ in ("NOUN", "PROPN"))


def named_before(resolver: SpeakerResolver, cand: Candidate, res: Resolved, done: tuple[list[Candidate], list[Resolved]]
                 ) -> Resolved | None:
    """The one person the sentence before (same paragraph) spoke of, for a bare definite noun for a
    person that nothing else resolved, or that only the last speaker was taken for; None keeps ``res``."""
    if res.kind == PERSON and res.name and cand.source is not None and not res.plural:
        return _about_before(resolver, cand, res, done)
    if res.kind not in (DESCRIPTION, UNKNOWN) or not res.name or res.plural or cand.source is None or cand.parent is not None:
        return None
    found = resolver.head_of(cand)
    if found is None:
        return None
    span, head = found
    common = head.tag_ == "NN" or head.tag_ == "NNP" and head.is_lower  # ('the baker' tagged a name)
    if span[0].lower_ != "the" or not common or any(c.dep_ in _DEFINING and not kin_count(head, c) for c in head.children) or any(
            t.dep_ == "poss" or t.ent_type_ == "PERSON" for t in span if t.i != head.i):
        return None
    if any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in head.lefts):
        return None  # a post in some body ('The race doctor said' after a rider): someone else
    if not _person_noun(resolver, head):
        return None
    if not any(t.dep_ == "amod" for t in head.lefts) and gender_of_word(head.text) is None and (
            head.lower_ not in word_set("attribution/person_epithets")) and (
            head.lemma_.lower() not in word_set("attribution/standing_epithets")):
        return None  # a bare job is someone else ('X of Y spoke first. Prices will rise, the consultant said')
    starts = [cand.source[0], *(c[0] for c in cand.contents), *(cand.cue[:1] if cand.cue else ())]
    here = resolver.sentence_of(min(starts))
    if here == 0:
        return None
    text, begin, end = resolver.text, resolver.sent_starts[here - 1], resolver.sent_starts[here]
    crossed = "\n" in text[begin:end]  # (another paragraph: reached only in one sentence a paragraph, ``paragraph_reach``)
    back = reach(resolver, here, done, cand, head) if crossed else here - 1
    if back is None or begin < resolver.headline_end:
        return None  # another paragraph, or the headline
    begin, end = resolver.sent_starts[back], resolver.sent_starts[back + 1]
    before = resolver.doc.char_span(begin, end, alignment_mode="expand")
    if before is None or any(e.label_ == "PERSON" and not any(a <= e.start_char < b for a, b in cand.contents)
                             and e.start_char >= resolver.sent_starts[here] for e in resolver.ents_in(before.end, span.start)):
        return None  # someone named before it in its own sentence ('X listed Y's faults, which the moderator read out')
    # the nouns set beside a name there ('Pat Lane, a former prosecutor,')
    apposed = {t.lemma_.lower() for t in before if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN"}
    if (head.lower_ in text[begin:end].lower().split() or head.lower_ + "," in text[begin:end].lower().split()) and (
            head.lemma_.lower() not in apposed):
        return None  # the sentence before speaks of someone by that noun (not of the one it names: 'Ann Lee, a lawyer,')
    people: dict[str, tuple[str | None, str | None, set[str]]] = {}
    subjects: set[str] = set()  # the one spoken of must be what the sentence is about, not its object
    suffered: set[str] = set()  # ... and something was done to them there ('Lea Fox was injured')
    tagged = resolver.ents_in(before.start, before.end)
    for ent in tagged:
        if ent.label_ != "PERSON" or ent.end < len(resolver.doc) and resolver.doc[ent.end].tag_ == "POS" or (
                resolver.in_quote(ent.start_char)):
            continue  # (a possessor is not who the sentence is about: "on Vance's instructions"; nor one quoted)
        person = resolver.person_for(list(ent))
        if person is None:
            return None
        people[person.name] = (person.affiliation, person.gender, person.roles)
        if _subject(ent.root):
            subjects.add(person.name)
            if acted_upon(ent.root):
                suffered.add(person.name)
    covered = {i for e in tagged for i in range(e.start, e.end)}
    for token in before:
        if token.pos_ == "PROPN" and token.i not in covered and token.text[:1].isupper() and not token.is_sent_end:
            person = resolver.person_for([token])  # a surname the NER left untagged ('Moss will bake the bread.')
            if person is not None:
                people[person.name] = (person.affiliation, person.gender, person.roles)
                if _subject(token.head if token.dep_ == "compound" else token):
                    subjects.add(person.name)
                    if acted_upon(token.head if token.dep_ == "compound" else token):
                        suffered.add(person.name)
    for other, other_res in zip(*done, strict=False):  # (those resolved so far)
        if other.parent is None and other.source is not None and begin <= other.source[0] < end:
            if other_res.kind != PERSON or not other_res.name:
                return None  # someone else spoke there ('a spokesman said')
            roles = next((p.roles for p in resolver.people.values() if p.name == other_res.name), set())
            people.setdefault(other_res.name, (other_res.affiliation, other_res.gender, roles))
            subjects.add(other_res.name)
    if crossed:  # (in one-sentence paragraphs, the one of those named there the noun fits)
        people = {n: p for n, p in people.items() if fitting(resolver, cand, head)(n, p[1])}
    if len(people) != 1 or not subjects & set(people):
        return None
    name, (affiliation, gender, roles) = next(iter(people.items()))
    gender = gender or gender_of_first_name(name.split()[0])  # ('Her grandson, Liam,' indexed with none)
    if not compatible(gender, gender_of_word(head.text) or reported_gender(resolver.doc, cand.contents)):
        return None  # (nor the gender its report gives it: 'The former councillor said he would X' after a woman)
    if not ages_fit(resolver, head, name):
        return None  # 'Jasmine Okafor, 19, ... The pensioner said' is someone else (``paragraph_reach``)
    named = {t.lower_ for t in span if t.i != head.i and (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE"))}
    if named - roles - set((affiliation or "").lower().split()):
        return None  # 'the Conservative party chairman' is not Reform's candidate quoted last
    given = {r for r in roles if r in resolver.lex.role_nouns}
    kin = any(kin_count(head, c) for c in head.children)  # ('the father of three': no priest, and a fisherman too)
    standing = kin or head.lemma_.lower() in word_set("attribution/standing_epithets")  # (no post: 'a member ... the pensioner')
    if not standing and given and head.lower_ not in given and head.lemma_.lower() not in given and (
            listed(head, resolver.lex.role_nouns)):
        return None  # 'Quill, a former teacher, ... the former officer' is someone else
    if counterpart(head) and not {head.lower_, head.lemma_.lower()} & roles:
        return None  # 'Ben Cole was stopped. The young officer said X': whoever dealt with him (``counterparts``)
    if name in suffered and trade(head) and not {head.lower_, head.lemma_.lower()} & (roles | apposed):
        return None  # 'Lea Fox was injured. The structural engineer said X': whoever worked on it (``acted_upon``)
    if other_office({t.lower_ for t in span}, roles):
        return None  # 'the prime minister' is not the transport minister named before (``office_ranks``)
    if apposed and not standing and not {head.lower_, head.lemma_.lower()} & apposed and (
            head.lemma_.lower() in resolver.lex.role_nouns or head.lemma_.lower().endswith(PEOPLE_ENDINGS)):
        return None  # 'Pat Lane, a former prosecutor, signed X. The former teacher said Y' is someone else
    offices = {r for r in roles if r in TITLES}
    if head.lower_ in TITLES and (offices or not (kin or career(head))) and (
            not offices or head.lower_ not in offices and head.lemma_.lower() not in offices):
        return None  # an office is no one the article gave none (a past one may be: 'the retired judge'); a mayor is no minister
    return Resolved(name, PERSON, affiliation, gender)


def _about_before(resolver: SpeakerResolver, cand: Candidate, res: Resolved, done: tuple[list[Candidate], list[Resolved]]
                  ) -> Resolved | None:
    """The person the sentence before is about, over the last speaker a role lookup fell back on,
    when no one was given the noun ('Marsh said X. / Pryce has lived in Carrow all her life. The
    mother of two said Y': Pryce, the paragraph's person, not Marsh, who spoke last)."""
    found = resolver.head_of(cand)
    if found is None or found[1].pos_ == "PRON":
        return None
    head = found[1]
    if any({head.lower_, head.lemma_.lower()} & p.roles for p in resolver.people.values()):
        return None  # ('Ann Lee, a lawyer, ... The lawyer said': given to someone)
    if cand.source is not None and kin_end(resolver, head, cand.source[0]) is not None:
        return None  # ('Tom Bray and his son, Sam Bray ... The father said': one end of a kin phrase, ``kin_pairs``)
    other = named_before(resolver, cand, Resolved(res.name, DESCRIPTION), done)
    return other if other is not None and other.name != res.name else None
