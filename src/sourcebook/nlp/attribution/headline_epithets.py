"""An epithet the headline gives the person the lede names: 'Veteran keeper signs new deal' /
'Marta Lindqvist has signed a two-year extension with the club, it said. The veteran keeper said
she was delighted' (Lindqvist). News names its subject in the headline by a role and in the lede
by name; a later 'the veteran keeper' no one in the article was given in so many words is that
person. Only a definite role phrase ('the veteran keeper'; not 'a keeper', not one with a name or
an owner of its own, 'Rovers' keeper') whose head noun and modifiers the headline holds ('the
prime minister' is not the 'Minister resigns' of the headline), and only the one
person the lede's sentence has as its subject, with no gender against the phrase's. Before, the
record kept the bare description, a speaker no reader can use."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .index import DESCRIPTION, PERSON, Resolved
from .people import compatible, gender_of_word
from .syntax import PEOPLE_ENDINGS

if TYPE_CHECKING:
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
        person_noun = lemma in lex.role_nouns or lemma.endswith(PEOPLE_ENDINGS) and lemma not in lex.lookalike_nouns
        if (head.pos_ != "NOUN" or head.tag_ != "NN" or not person_noun
                or not {lemma, head.lower_} & headline or span[0].lower_ != "the"
                or any(t.i < head.i and (t.dep_ == "poss" or t.pos_ == "PROPN") for t in span)
                or any(t.i < head.i and t.dep_ in ("amod", "compound", "nmod") and t.lower_ not in headline for t in span)):
            continue
        # the headline's subject ('Judge jails fraudster' / 'X was jailed': not X for 'the judge')
        titled = [t.dep_ for t in title if t.lemma_.lower() == lemma]
        if not any(dep in ("nsubj", "nsubjpass", "ROOT") for dep in titled):
            continue
        lede = _lede_subject(resolver, active="nsubj" in titled)
        if lede is not None and compatible(lede.gender, gender_of_word(head.text)):
            out[i] = lede


def _lede_subject(resolver: SpeakerResolver, active: bool) -> Resolved | None:
    """The one person the first sentence after the headline names as its subject (an active verb's,
    when the headline's role is one: ``active``), else None."""
    first = resolver.sentence_of(resolver.headline_end)
    first += resolver.sent_starts[first] < resolver.headline_end  # (the sentence after the headline's)
    if first >= len(resolver.sent_starts):
        return None
    start = resolver.sent_starts[first]
    stop = resolver.sent_starts[first + 1] if first + 1 < len(resolver.sent_starts) else len(resolver.text)
    sentence = resolver.doc.char_span(start, stop, alignment_mode="contract")
    people: list = []
    for ent in resolver.ents_in(sentence.start, sentence.end) if sentence is not None else []:
        if not start <= ent.start_char < stop or ent.label_ != "PERSON":
            continue
        person = resolver.person_for(resolver._name_tokens(ent))
        if person is not None and person.name not in [p.name for p, _ in people]:
            people.append((person, ent.root.dep_ in (("nsubj",) if active else ("nsubj", "nsubjpass"))))
    if len(people) != 1 or not people[0][1]:
        return None
    person = people[0][0]
    return Resolved(person.name, PERSON, person.affiliation, person.gender)
