"""An epithet the headline gives the person the lede names: 'Veteran keeper signs new deal' /
'Marta Lindqvist has signed a two-year extension with the club, it said. The veteran keeper said
she was delighted' (Lindqvist). News names its subject in the headline by a role and in the lede
by name; a later 'the veteran keeper' no one in the article was given in so many words is that
person. Only a definite role phrase ('the veteran keeper'; not 'a keeper', not one with a name or
an owner of its own, 'Rovers' keeper') whose head noun and modifiers the headline holds ('the
prime minister' is not the 'Minister resigns' of the headline), and only the one person the
lede's sentence has as its subject (or two joined as one: 'X and Y have both agreed'; others it
names in passing do not count: 'Tom Hale, who lost the seat to Ann Ruiz, said'), with no gender
against the phrase's, and no other role of their own ('Minister slams blockade' / 'Farmer Joel
Pike led ...': the farmer is no minister; 'The mayor on parking' / 'Tessa Crane, the city's
transport chief, ...'), in a lede that is no labelled line of a Q-and-A ('Q. Will fees rise?').
The headline's own record with that role, and a 'he' or 'she' that took the description after
the phrase, are that person too. Before, the record kept the bare description, a speaker no
reader can use."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..lexicon import word_set
from .index import DESCRIPTION, PERSON, Resolved
from .interviews import label_at
from .people import compatible, gender_of_word
from .syntax import PEOPLE_ENDINGS

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .speakers import SpeakerResolver


def name_the_headline_epithet(resolver: SpeakerResolver, cands: list, out: list[Resolved]) -> None:
    """Give each definite role description whose noun the headline holds the lede's one subject."""
    end = resolver.headline_end
    if end <= 0:
        return
    headline = set(re.findall(r"[a-z]+", resolver.text[:end].lower()))
    title: Span | list[Token] = resolver.doc.char_span(0, end, alignment_mode="contract") or []
    for i, cand in enumerate(cands):
        res = out[i]
        if res.kind != DESCRIPTION or res.plural or cand.source is None or cand.parent is not None or cand.source[0] < end:
            continue
        found = resolver.head_of(cand)
        if found is None:
            continue
        span, head = found
        lemma = head.lemma_.lower()
        lex = resolver.lex
        if (head.pos_ != "NOUN" or head.tag_ != "NN" or not _person_noun(lex, lemma)
                or not {lemma, head.lower_} & headline or span[0].lower_ != "the"
                or any(t.i < head.i and (t.dep_ == "poss" or t.pos_ == "PROPN") for t in span)
                or any(t.i < head.i and t.dep_ in ("amod", "compound", "nmod") and t.lower_ not in headline for t in span)):
            continue
        # the headline's subject ('Judge jails fraudster' / 'X was jailed': not X for 'the judge')
        titled = [t.dep_ for t in title if t.lemma_.lower() == lemma]
        if not any(dep in ("nsubj", "nsubjpass", "ROOT") for dep in titled):
            continue
        lede = _lede_subject(resolver, "nsubj" in titled, {lemma, head.lower_})
        if lede is not None and compatible(lede.gender, gender_of_word(head.text)):
            out[i] = lede
            _same_one(resolver, cands, out, res, lede)


def _same_one(resolver: SpeakerResolver, cands: list, out: list[Resolved], res: Resolved, lede: Resolved) -> None:
    """The headline's own record of that role and a pronoun that took the description after it
    ('Former mayor wants X' / ... / 'The former mayor said Y. He said Z') are the lede's person too."""
    for k, cand in enumerate(cands):
        if (out[k].kind, out[k].name) == (res.kind, res.name) and cand.source is not None and cand.parent is None and (
                cand.source[0] < resolver.headline_end
                or resolver.text[cand.source[0] : cand.source[1]].lower() in ("he", "she")):
            out[k] = lede


def _person_noun(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` names a kind of person: a role noun or a noun with a people's ending ('farmer')."""
    return word in lex.role_nouns or word.endswith(PEOPLE_ENDINGS) and word not in lex.lookalike_nouns


def _lede_subject(resolver: SpeakerResolver, active: bool, nouns: set[str]) -> Resolved | None:
    """The one person the first sentence after the headline names as its subject (an active verb's,
    when the headline's role is one: ``active``), when no role of their own is another than ``nouns``
    ('goalkeeper' is a 'keeper') and the sentence is no Q-and-A's labelled line, else None."""
    first = resolver.sentence_of(resolver.headline_end)
    first += resolver.sent_starts[first] < resolver.headline_end  # (the sentence after the headline's)
    if first >= len(resolver.sent_starts):
        return None
    start = resolver.sent_starts[first]
    if label_at(resolver.text, start) is not None:
        return None  # ('Q. Will fees rise?': a question put, no lede)
    stop = resolver.sent_starts[first + 1] if first + 1 < len(resolver.sent_starts) else len(resolver.text)
    sentence = resolver.doc.char_span(start, stop, alignment_mode="contract")
    people: list = []
    for ent in resolver.ents_in(sentence.start, sentence.end) if sentence is not None else []:
        if not start <= ent.start_char < stop or ent.label_ != "PERSON":
            continue
        person = resolver.person_for(resolver._name_tokens(ent))
        if person is not None and person.name not in [p.name for p, _ in people]:
            deps = ("nsubj",) if active else ("nsubj", "nsubjpass")  # (or joined to one: 'X and Y have both agreed')
            people.append((person, ent.root.dep_ in deps or ent.root.dep_ == "conj" and ent.root.head.dep_ in deps))
    subjects = [p for p, subject in people if subject]  # (others named in passing: 'X, who lost to Y, said')
    if len(subjects) != 1:
        return None
    person = subjects[0]
    modifiers = word_set("role_modifiers")  # ('former', 'senior': no role of their own)
    if any(_person_noun(resolver.lex, w) and w not in modifiers and not w.endswith(tuple(nouns))
           for w in person.roles if not w.startswith("org:")):
        return None
    return Resolved(person.name, PERSON, person.affiliation, person.gender)
