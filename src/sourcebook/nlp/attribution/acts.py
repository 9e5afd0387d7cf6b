"""Verbs of the lexicon (or the tagger's) used for an act that reports nothing, for
``noncues.not_a_cue``: a matter passed on to someone who deals with it ('reported the breach to
the regulator', 'referred questions to the command'), the purpose of the anonymity formula
('speaking on condition of anonymity to discuss the talks'), a passive participle on its noun
that the parser read as the sentence's verb ('Families reported to the hotline are waiting'),
a fear for someone ('feared for her job'), which holds no view of the world, and a passive's subject
that is a thing handled, not what was said ('The video was posted by an anonymous account')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .objects import artefact
from .syntax import TENSE_TAGS

#: the word the anonymity formula ends on before its purpose ('on condition of anonymity to discuss X')
_ANONYMITY = frozenset(["anonymity", "anonymous", "anonymously"])
#: verbs of fear, whose 'for' names who or what is feared for ('feared for her job')
_FEAR = frozenset(["fear", "worry"])


def handed_on(lex: Lexicon, verb: Token) -> bool:
    """'reported the breach to the regulator', 'referred questions to the command': a thing for
    the object and a recipient after 'to', no clause (not 'reported to the board that X',
    'referred to him as a reformer')."""
    if verb.lemma_.lower() not in lex.handover_verbs:
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and c.tag_ == "VBG" for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i > verb.i]
    # (the parser hangs the 'to' on the verb or on its object: 'referred questions to the command')
    return bool(objects) and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > objects[0].i
                                 and any(g.dep_ == "pobj" for g in c.children) for c in kids + list(objects[0].children))


def anonymity_purpose(verb: Token) -> bool:
    """'speaking on condition of anonymity to discuss the talks', 'who requested anonymity to
    describe the meeting': why the source stays unnamed, no report of its own."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or not to.i:
        return False
    before = verb.doc[to.i - 1]
    return before.lower_ in _ANONYMITY and verb.dep_ in ("advcl", "xcomp", "acl", "relcl")


def participle_on_subject(verb: Token) -> bool:
    """'Families reported to the hotline are waiting 19 days': a past participle on its noun that
    the parser read as the verb, the sentence's own verb hung on it with a finite auxiliary and no
    subject or opening word (not 'Families reported that they are waiting')."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    return any(
        c.i > verb.i and c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and not any(
            g.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "advmod") for g in c.children)
        and any(g.dep_ in ("aux", "auxpass") and g.tag_ in TENSE_TAGS and g.lower_ != "to" and g.i < c.i
                for g in c.children)
        for c in verb.children)


def fear_for(verb: Token) -> bool:
    """'feared for her job prospects', 'fear for their safety': a worry about someone, no view
    held (not 'feared that X', 'fear for the economy that X')."""
    if verb.lemma_.lower() not in _FEAR:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in kids) and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in kids)


def reports_nothing(lex: Lexicon, verb: Token) -> bool:
    """One of the acts above."""
    return handed_on(lex, verb) or anonymity_purpose(verb) or participle_on_subject(verb) or fear_for(verb)


def passive_thing(lex: Lexicon, verb: Token, subject: Token) -> bool:
    """The subject of a passive with an agent, which would be its content ('The plan was announced by
    the mayor'), names a thing done, not words said: a thing made or posted ('The video was first
    posted by an anonymous account', as 'posted a video' is no content either; not a thing judged:
    'The film was praised by critics'), or one given a state by the verb ('The woman had been
    reported missing by her family', 'was found dead by a neighbour': the state is the news)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "oprd" and c.i > verb.i and not c.is_punct and not c.is_quote for c in verb.children):
        return not (lemma in lex.describe or lemma in lex.see_as)  # (not 'was called "a disgrace" by X')
    return (lemma not in lex.stance_object or lemma in lex.learned_verbs) and artefact(lex, subject)
