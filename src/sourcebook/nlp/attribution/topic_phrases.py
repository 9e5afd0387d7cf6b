"""A phrase of what the speakers spoke about, hung on the speaker by the parser: 'Councillors
over the levy said X', 'Neighbours about the noise complained that Y', 'Growers regarding the
frost warned Z'. 'about', 'over', 'regarding' and 'concerning' right after a noun of people
name the topic of the speaking, not who spoke; ``occasions.occasion_start`` ends the source before
them (on PolNeAR train, a phrase of 'about' right after a noun of people stays outside the gold
source in most cases). A thing keeps its topic ('the debate over wages', 'a report about the
mill': the report is who spoke), and so does an age or a count ('voters over 65', 'members over
the age of 70'), a place ('families over the hill'), an area or a staff in one's charge ('Officials over the border',
'Supervisors over the night shift', ``over_areas.txt``) and a quoted title
('the author of "Night Freight," about a drowned town').
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .lexicon import active_lexicon
from .word_forms import listed

#: prepositions of a topic: what was spoken about, never who spoke
TOPIC_PREPS = ("about", "over", "regarding", "concerning")
PEOPLE_ENTS = ("PERSON", "NORP", "ORG")
COUNT_ENTS = ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")
PLACE_ENTS = ("GPE", "LOC", "FAC")
QUOTES = ('"', "''", "\u201d", "\u2019")


def topic_after_speaker(token: Token, source: Token) -> bool:
    """Whether ``token`` is a topic's preposition hung right on ``source``, a noun of people."""
    if token.dep_ != "prep" or token.lower_ not in TOPIC_PREPS or token.head.i != source.i:
        return False
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.like_num or pobj.ent_type_ in COUNT_ENTS or pobj.lemma_.lower() == "age":
        return False  # 'voters over 65', 'members over the age of 70'
    if token.lower_ == "over" and (pobj.ent_type_ in PLACE_ENTS or pobj.lemma_.lower() in word_set("place_nouns")
                                   or listed(pobj, word_set("attribution/over_areas"))):
        return False  # 'families over the hill': where they live; 'officials over the border', 'over the night shift
    if _after_a_title(token):
        return False  # 'X, the author of "Night Freight," about a drowned town': the book's topic
    return _people(source)


def _after_a_title(prep: Token) -> bool:
    """Whether a quotation mark (past a comma) closes the words right before ``prep``: a quoted
    title's topic follows it, not the speaker's."""
    i = prep.i - 1
    while i > 0 and prep.doc[i].text == ",":
        i -= 1
    return i >= 0 and prep.doc[i].text in QUOTES


def _people(noun: Token) -> bool:
    """A name, an entity of people or a noun of people ('councillors', 'the union'), not a thing
    ('the chatter', 'letters', 'answers'): a common noun that is no listed role or body counts by
    a plural ending of people only."""
    from .syntax import PEOPLE_ENDINGS  # (syntax imports this module through occasions)

    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in PEOPLE_ENTS:
        return True
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lex = active_lexicon()
    lemma, word = noun.lemma_.lower(), noun.lower_
    things = (lex.document_nouns, lex.medium_nouns, lex.speech_nouns, lex.lookalike_nouns)
    if any(lemma in words or word in words for words in things):
        return False
    if lemma in lex.role_nouns or word in lex.role_nouns or lemma in lex.organisation_words:
        return True
    plurals = (*(e + "s" for e in PEOPLE_ENDINGS), "ees", "men", "people")
    return noun.tag_ == "NNS" and word.endswith(plurals) and not word.endswith("ments")
