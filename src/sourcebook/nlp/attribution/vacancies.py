"""A vacancy a job advert states: 'We are looking for a driver who can explain delays to customers',
'We are seeking a nurse to advise families'. The advertiser seeks someone not yet hired, described by
what the post will have them do, so neither the search (no aim about anything said) nor the duties in
the relative clause ('who can explain X') report anyone's words. Only with 'we' for subject (the
advertiser's own voice) and a person sought with an article or 'someone' and a clause of what they
can or will do, or an infinitive the parser hung on the verb of seeking ('We are looking for a chef to
lead our kitchen'); not 'Police are looking for a man who X' (a search the news reports), nor 'We want a
deal that protects jobs' (a thing, an aim). For ``noncues.not_a_cue``."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: the verbs of seeking someone for a post ('looking for', 'seeking', 'hiring', 'recruiting')
_SEEKING = frozenset(["look", "seek", "hire", "recruit", "want", "need"])
#: the modals of what the one hired could or would do ('who can drive', 'who will lead')
_ABLE = frozenset(["can", "will", "'ll", "\u2019ll", "could", "would", "must", "should"])
_SOMEONE = frozenset(["someone", "somebody", "person", "people"])


def vacancy(verb: Token) -> bool:
    """Whether ``verb`` seeks someone for a post ('We are looking for a driver who can X') or is what the
    one sought would do ('who can explain X', 'a nurse to advise Y')."""
    return _seeks_someone(verb) or _duty_of_sought(verb)


def _seeks_someone(verb: Token) -> bool:
    if verb.lemma_.lower() not in _SEEKING or not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in children_of(verb)):
        return False
    return any(_sought(noun) or _sought_for_a_post(verb, noun) for noun in _objects(verb))


def _objects(verb: Token) -> list[Token]:
    """The verb's object, or that of its 'for' ('looking for a driver')."""
    found = [c for c in children_of(verb) if c.dep_ == "dobj"]
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"):
        found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _sought(noun: Token) -> bool:
    """'a driver who can X', 'someone to lead Y', 'an experienced nurse who will Z': a person not yet known."""
    if noun.pos_ not in ("NOUN", "PRON") or noun.ent_type_:
        return False
    if not (noun.lower_ in _SOMEONE or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)):
        return False
    return any(_what_they_would_do(c) for c in noun.children)


def _sought_for_a_post(verb: Token, noun: Token) -> bool:
    """'We are looking for a chef to lead our kitchen' with the infinitive hung on the verb of seeking:
    a person with 'a' or 'an', the infinitive right after the noun's phrase (what the post is for)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    after = noun.right_edge.i + 1
    return any(c.dep_ == "advcl" and c.left_edge.i == after and c.left_edge.lower_ == "to" for c in children_of(verb))


def _what_they_would_do(clause: Token) -> bool:
    """A relative clause with a modal ('who can X') or an infinitive ('to advise Y', which the parser may
    read as a relative one) on the noun sought."""
    if clause.dep_ == "relcl":
        return any(c.dep_ == "aux" and (c.lower_ in _ABLE or c.lower_ == "to") for c in clause.children)
    return clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _duty_of_sought(verb: Token) -> bool:
    """'who can explain X' in 'We are looking for a driver who can plan routes and explain X'."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl") or not _what_they_would_do(clause):
        return False
    noun = clause.head
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and _seeks_someone(head)
