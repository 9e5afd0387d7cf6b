"""An 'as' clause that tells of people talking, which says when, not whose account the sentence is: 'The bridge
will close next week, as the mayor speaks to the chamber on Tuesday', 'As Tomas joked with his brother at the table,
their father grew impatient'. An aside of accord ('The harbour will reopen, as the minister said') holds the
sentence in the place of the clause its verb would take. A verb of talking takes no clause of what was said
(``talk_verbs.txt``: 'spoke', 'talked', 'chatted'), so it holds no sentence; and a verb with its partner in the talk
after 'with' ('joked with his brother', 'argued with the landlord') tells of an exchange going on, the 'as' of time
('while'). Either way the sentence is no one's report (a topic of the talk is found by its own rules, 'spoke about
X'). Not a phrase of manner after 'with' ('as she said with a smile, X'), nor an addressee ('As she told reporters,
X'), which leave the aside of accord; wherever the clause stands, as a verb of talking can hold no sentence there."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import Lexicon

#: verbs of talking that take no clause of what was said
_TALK = word_set("attribution/talk_verbs")
#: the entity kinds of a partner in talk: a person, a body, a people
_PARTNER_ENTITIES = frozenset(["PERSON", "ORG", "NORP"])
#: nouns of a person one talks with beside the roles: kin and kinds of person ('his brother', 'a friend')
_PERSON_NOUNS = word_set("kin_nouns") | word_set("attribution/bare_person_nouns")


def talked_while(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` opens an 'as' clause of talk going on: a verb of talking ('as the mayor spoke to the
    council') or one with its partner after 'with' ('as he joked with his brother')."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return False
    return verb.lemma_.lower() in _TALK or any(_partner(lex, c) for c in verb.children)


def _partner(lex: Lexicon, prep: Token) -> bool:
    """Whether ``prep`` is a 'with' after its verb whose object is someone to talk with ('with his brother', 'with
    her', 'with Tom Vane'), not a manner or a means ('with a smile', 'with a chart')."""
    if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i < prep.head.i:
        return False
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in lex.personal_pronouns and obj.lower_ != "it"
    lemma = obj.lemma_.lower()
    # (a role, kin or a kind of person, not any noun that can hold a statement: 'with a telling side-by-side')
    return obj.ent_type_ in _PARTNER_ENTITIES or lemma in lex.role_nouns or lemma in _PERSON_NOUNS
