"""Whether support or backing that someone has, wins or receives is a side taken or only help, money or a prop, for
``won_support`` ('has the backing of X') and ``drawn_criticism`` ('won support from X').

'The senator won the backing of the union' is the union's side; 'The startup won the backing of a regional bank' is
a loan, 'The patient had the support of her family' care, 'The bridge draws its support from steel cables' a prop.
Only 'support' and 'backing' have these senses ('endorsement' and 'praise' are views in any sense), and they are
help when the holder gives money or aid (``funder_nouns.txt``: its head or a word of its compound, 'venture capital
firms', 'aid agencies'), when the holder is one's own people named by a possessive (``circle_nouns.txt``, the kin
words: 'her family', 'its fans'; not 'the plan has the support of parents'), or when what has the support is a
venture, a work or a made thing (``propped_nouns.txt``: 'the film', 'the charity', 'the roof'), not a person, a
party, a plan or a bill, and the holder is no person named or by office ('The film won the backing of critics',
'the museum has the support of the mayor' are their sides; not 'the hospital has the support of volunteers'). A
support sought is not had either, and says nothing of the holders' side: the infinitive of a verb or a noun of
trying ('in an effort to win the support of X', 'struggled to earn the backing of Y')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of
from .lexicon import Lexicon

#: the nouns of support that may be help rather than a side (lemmas, and 'backing' read as a noun)
_SENSED = frozenset(["support", "backing"])


def help_not_side(lex: Lexicon, noun: Token, holder: Token, supported: Token | None) -> bool:
    """Whether ``noun`` (support had or won) that ``holder`` gives ``supported`` is help, money or a
    prop rather than a side taken (see the module)."""
    if noun.lemma_.lower() not in _SENSED and noun.lower_ != "backing":
        return False
    words = {holder.lemma_.lower(), holder.lower_} | {c.lemma_.lower() for c in holder.children if c.dep_ == "compound"}
    if words & word_set("attribution/funder_nouns"):
        return True
    if any(c.dep_ == "poss" for c in holder.children) and {holder.lemma_.lower(), holder.lower_} & (
            word_set("attribution/circle_nouns") | word_set("kin_nouns")):
        return True
    return supported is not None and supported.pos_ == "NOUN" and not supported.ent_type_ and (
        supported.lemma_.lower() in word_set("attribution/propped_nouns")) and not _a_person(lex, holder)


def _a_person(lex: Lexicon, holder: Token) -> bool:
    """Whether ``holder`` is a person, named or by office or role ('the mayor', 'critics'), whose support is a side;
    not one who lends a hand ('volunteers', ``passerby_nouns.txt``) nor one's own circle. The roles are the lexicon's
    (a user's list and hyphenated roles such as 'co-founder' included)."""
    if holder.ent_type_ == "PERSON":
        return True
    words = {holder.lemma_.lower(), holder.lower_}
    return holder.pos_ == "NOUN" and bool(words & lex.role_nouns) and not words & (
        word_set("attribution/passerby_nouns") | word_set("attribution/circle_nouns"))


#: verbs and nouns of trying or wanting whose infinitive names a thing not yet had ('efforts to win X')
_TRYING = frozenset(["try", "seek", "struggle", "strive", "hope", "aim", "want", "need", "fight", "work", "push",
                     "scramble", "race", "fail", "effort", "bid", "attempt", "battle", "vie", "compete", "wish"])


def sought(verb: Token) -> bool:
    """Whether the verb of winning is the infinitive of a verb or noun of trying, the support sought and
    not had ('in an effort to win the support of X', 'struggled to earn it'; not 'continues to draw it',
    'went on to win it', which say it is had)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb)) and verb.head.lemma_.lower() in _TRYING


#: what one 'enjoys' as one has it, not as one likes it ('enjoys the support of X', 'enjoyed a lead')
_HELD = frozenset(["support", "backing", "endorsement", "confidence", "trust", "lead", "advantage", "majority"])


def enjoyed_as_had(verb: Token) -> bool:
    """Whether ``verb`` is 'enjoy' meaning 'have' ('The team enjoyed the support of its fans', 'enjoys a
    comfortable lead'): no liking reported, unlike 'enjoyed the show' (for ``noncues.not_a_cue``)."""
    return verb.lemma_.lower() == "enjoy" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _HELD or c.lower_ == "backing") for c in children_of(verb))
