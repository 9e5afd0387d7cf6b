"""An 'as' clause of the voice as a sound, which says when, not whose account: 'The Speaker called
for order as members shouted across the aisle', 'The mayor left the stage as the crowd jeered'.
An 'as' clause with a verb of saying after a sentence is an aside of accord, the sentence its
content ('The economy grew, as the minister said'); a verb of shouting, chanting or whispering
(``noise_verbs.txt``) there tells what went on around the event, the 'as' of time ('while'), so
the sentence is no one's report (what the voice said, when quoted, is found by the rules of quotations).
Only an 'as' right after the sentence's words, no comma before it: one set off by commas may still be
an aside of accord ('The vote, as one member shouted, was a farce'), unless the clause it is set in is
itself a report with a source of its own ('The chair, as members jeered, said the vote would stand':
whose account is the chair's, the jeering only when)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: the marks that set an aside off from the sentence around it
_SET_OFF = frozenset([",", "(", "\u2014", "\u2013", "--", "-"])


def sounded_while(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is a verb of the voice as a sound opening an 'as' clause ('as members shouted')."""
    if verb.lemma_.lower() not in lex.noise_verbs:
        return False
    reported = verb.head.i != verb.i and verb.head.lemma_.lower() in lex.speech and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)
    return any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i and c.i > 0
        and (reported or verb.doc[c.i - 1].text not in _SET_OFF) for c in verb.children)
