"""Words a text or a narrator addresses to a reader or to oneself, which report nothing (for
``noncues.not_a_cue``). Common on pages that are not news: terms of use, how-to guides, personal
blogs.

- A bidding to oneself ('I told myself to keep going', 'She reminded herself to breathe'): a
  resolve, no words said to anyone (not 'told himself that it would pass', a belief PolNeAR keeps).
- The reader's assent the terms of a page put in the present ('By using this site, you agree that
  your data may be stored', 'You acknowledge that the app is provided as is'): the text's own
  conditions, no view the reader gave (not 'You agreed that X' in a quotation's past).
- A first person's hope or thought about the one addressed ('I hope you enjoy this recipe', 'We'd love
  to hear from you', 'I think you do'): words to the reader or listener, a courtesy or a retort, no
  view reported (a verb of saying keeps its report: 'I told you that X'; not 'many of you have X').
- A duty or a lesson a page sets its reader ('You will explain findings to managers', 'you must confirm
  that the address is right'): what the reader is to do, nothing said yet. So for the one a job advert
  would hire ('The successful candidate will answer queries and explain our services', 'the ideal applicant
  must report to the manager'): the duties of the post, no one's words (not 'The candidate will argue X').
- A choice a page offers its reader to have someone act ('You can ask the valuation office to review your
  band', 'you may ask us to delete your account'): what the reader is free to request, nothing asked yet (not
  'Rubio can ask them to X', a named one's option that PolNeAR train marks, nor 'You can tell that X').
- A notice the page gives its reader in a passive imperative ('Be advised that the car park closes at 6pm',
  'Be warned: the trail is steep', 'Rest assured that your data is safe'): the writer's own words to the
  one reading, no one's report (not 'Residents were warned that X', 'want to be warned', with a subject or
  an auxiliary).
- A saying forbidden ('Users must not claim to speak for the club', 'Members shall not state that
  they represent the league'): a rule against it, no claim made (not 'may not', most often a guess:
  'The senator may not back the bill').
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .befallen import REFLEXIVES
from .kids import children_of
from .lexicon import Lexicon

_ASSENT = word_set("attribution/assent_verbs")
#: verbs that bid someone act ('told myself to keep going')
_BIDDING = frozenset(["tell", "remind", "urge", "order", "command", "beg", "push", "force"])
#: verbs that ask someone to act ('you can ask us to delete it')
_ASKING = frozenset(["ask", "request", "invite"])
#: the modals of a duty set ('you will explain', 'you must confirm')
_DUTIES = frozenset(["will", "'ll", "\u2019ll", "must", "shall"])
#: the nouns of the one a job advert would hire, with 'successful' or 'ideal' ('The successful candidate will X')
_HIRES = frozenset(["candidate", "applicant", "appointee", "postholder", "hire"])
#: the modals of a choice offered ('you can ask X to Y', 'you may ask us to Z')
_OPTIONS = frozenset(["can", "may", "could"])
#: the modals of a rule ('must not', 'shall not'; not 'may not', mostly a guess: 'The senator may not back X')
_RULES = frozenset(["must", "shall"])


def addressed(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is a bidding to oneself, the reader's assent in a page's terms, a first person's hope or
    thought about the one addressed or a saying forbidden (see the module)."""
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    return _to_oneself(verb, children) or _readers_assent(verb, children) or _forbidden(children) or (
        _to_the_addressed(lex, verb, children)) or _readers_duty(verb, children) or _readers_notice(verb, children) or (
        _readers_option(verb, children))


def _to_oneself(verb: Token, children: list[Token]) -> bool:
    """'I told myself to keep going': a reflexive object and a 'to' clause after it."""
    return verb.lemma_.lower() in _BIDDING and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children) and any(
        c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
        for c in children)


def _readers_assent(verb: Token, children: list[Token]) -> bool:
    """'By using this site, you agree that X': a verb of assent in the present, with no modal, whose subject is
    the reader ('you') or whose act is a condition met 'by' doing something ('By signing up, users accept X')."""
    if verb.lemma_.lower() not in _ASSENT or verb.tag_ not in ("VBP", "VBZ") or any(
            c.dep_ == "aux" for c in children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children) or any(
        c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i and any(g.tag_ == "VBG" for g in children_of(c))
        for c in children)


def _to_the_addressed(lex: Lexicon, verb: Token, children: list[Token]) -> bool:
    """'I hope you enjoy X', 'We hope to see you', 'We'd love to hear from you': a verb of no saying with 'I' or
    'we' for its subject and a clause after it whose verb has 'you' for its subject, its object or its
    preposition's object."""
    if verb.lemma_.lower() in lex.speech or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in children):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and any(
        g.dep_ in ("nsubj", "dobj") and g.lower_ == "you" or g.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lower_ == "you" for p in children_of(g)) for g in children_of(c)) for c in children)


def _readers_duty(verb: Token, children: list[Token]) -> bool:
    """'You will analyse X, explain Y and recommend Z': 'you' and a modal of duty on the verb or on the first of the
    verbs it is joined to."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.i < first.i:
        first = first.head
    around = children if first.i == verb.i else list(children_of(first))
    return any(c.dep_ == "nsubj" and (c.lower_ == "you" or _hire(c)) for c in around) and any(
        c.dep_ == "aux" and c.lower_ in _DUTIES for c in around)


def _readers_option(verb: Token, children: list[Token]) -> bool:
    """'You can ask the office to review X': a verb of bidding with 'you' and a modal of a choice, an object and an
    infinitive after it (not 'You can tell that X', with a clause)."""
    return verb.lemma_.lower() in _BIDDING | _ASKING and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children) and (
        any(c.dep_ == "aux" and c.lower_ in _OPTIONS for c in children)) and any(
        c.dep_ == "xcomp" and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
        for c in children)


def _hire(subject: Token) -> bool:
    """'The successful candidate', 'the ideal applicant': the one a job advert would hire, no one yet (not one
    named: 'The successful candidate, Ana Ruiz, will explain her plans' is a person the news reports)."""
    return subject.lemma_.lower() in _HIRES and any(
        c.dep_ == "amod" and c.lower_ in ("successful", "ideal") for c in children_of(subject)) and not any(
        c.dep_ == "appos" for c in children_of(subject))


def _forbidden(children: list[Token]) -> bool:
    """'Users must not claim X': a rule's modal and a negation on the verb (not 'may not have suggested X', a guess
    about what was said)."""
    return any(c.dep_ == "aux" and c.lower_ in _RULES for c in children) and any(c.dep_ == "neg" for c in children) and (
        not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children))


def _readers_notice(verb: Token, children: list[Token]) -> bool:
    """'Be advised that X', 'so be warned', 'Rest assured that X': a past participle with a bare 'be' and no
    subject, modal or 'to' of its own (or 'assured' after 'rest'), a bidding to whoever reads."""
    if verb.i > 0 and verb.lower_ == "assured" and verb.doc[verb.i - 1].lower_ == "rest":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" and c.tag_ == "VB" for c in children) and (
        not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "expl") for c in children))
