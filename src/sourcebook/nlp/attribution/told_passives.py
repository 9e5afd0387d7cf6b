"""A headline's passive with its auxiliary dropped: 'Chemical plant fire: residents told to keep windows
shut', 'Drivers urged to avoid the M6'. The parser may read the noun as the headline's root and the verb
as a past tense hung on it, which ``syntax.subject_of`` takes for 'The rapporteur called on X' (a noun
phrase read for a sentence, the noun its subject). A verb whose object is the one addressed
(``addressee_verbs.txt``: 'tell', 'urge', 'warn') with no object before its infinitive is no past
tense: one does not 'tell to keep' anything; the noun is the one told, and the passive names no one."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import active_lexicon


def past_on_noun(verb: Token) -> bool:
    """Whether ``verb`` is a past tense the parser hung on the root noun of a sentence read as a noun
    phrase ('The rapporteur called on X'), not an addressee's passive ('residents told to keep X'); or
    on the subject of a later verb or an apposition, right after the noun's phrase and right before its
    'for' or 'on' ('a group of growers called for a ban, and the union said X', 'after the floods, a
    weekly called on the board to act'): a participle on a noun names or describes it, and no one is
    'called for' or 'urged on' a thing by a participle."""
    if not (verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN")):
        return False
    if verb.head.dep_ != "ROOT" and not _past_before_its_preposition(verb):
        return False
    children = list(verb.children)
    infinitive = any(c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                     for c in children)
    told = verb.lemma_.lower() in active_lexicon().addressee_verbs and not any(c.dep_ in ("dobj", "dative") for c in children)
    return not (told and infinitive)


#: the prepositions a verb of saying takes that no participle on a noun takes ('called for', 'called on')
_PAST_PREPOSITIONS = frozenset(["for", "on"])


def _past_before_its_preposition(verb: Token) -> bool:
    """'A group of growers called for X': ``verb`` right after its noun's own phrase, on a subject or an
    apposition, with its 'for' or 'on' right after it."""
    noun, doc = verb.head, verb.doc
    if noun.dep_ not in ("nsubj", "appos") or noun.i > verb.i or verb.i + 1 >= len(doc):
        return False
    after = doc[verb.i + 1]
    if after.lower_ not in _PAST_PREPOSITIONS or after.head.i != verb.i or after.dep_ not in ("prep", "prt"):
        return False
    return max([noun.i, *(t.i for c in noun.children if c.i < verb.i for t in c.subtree)]) == verb.i - 1
