"""A verb of saying joined to a passive reported clause about a thing that has a 'that' clause of
its own: the reporter's next report, not the passive's second verb, for ``tails.second_report``.

'The warden said the footbridge had been closed and added that it would reopen in May': the parser
may hang 'added' on 'closed' as its conjunct, read as a past participle, and a participle joined
to a passive shares its auxiliaries ('said the bruise was recorded but never reported': one
clause). A passive of a verb of saying takes no 'that' clause of its own, save a verb that names
whom it was said to ('had been warned that X', 'was told that Y'), and a thing says nothing, so
such a verb with one is the reporter's. Not when the passive's subject is one who can speak
('said the driver had been stopped and admitted that he was tired': the driver may have admitted
it), nor after a passive that itself reports ('said it had been agreed and announced that X': the
clause set after the expletive), nor with a subject or an auxiliary of its own ('said the bridge
had been shut and had been judged unsafe')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like

_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def said_after_a_passive(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``, a conjunct of a passive reported clause, is a verb of saying with its own
    'that' clause, after a thing's passive ('... had been closed and added that X')."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or lemma not in lex.speech or lemma in lex.addressee_verbs:
        return False
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.i > verb.i or not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if clause.lemma_.lower() in lex.speech or clause.lemma_.lower() in lex.belief:
        return False  # ('it had been agreed and announced that X': one passive, the expletive's clause)
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if subject is None or source_like(lex, subject):
        return False  # ('said the driver had been stopped and admitted that X': perhaps the driver's)
    if any(c.dep_ in _OWN for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)
