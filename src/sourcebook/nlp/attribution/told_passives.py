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
    phrase ('The rapporteur called on X'), not an addressee's passive ('residents told to keep X')."""
    if not (verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")):
        return False
    children = list(verb.children)
    infinitive = any(c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                     for c in children)
    told = verb.lemma_.lower() in active_lexicon().addressee_verbs and not any(c.dep_ in ("dobj", "dative") for c in children)
    return not (told and infinitive)
