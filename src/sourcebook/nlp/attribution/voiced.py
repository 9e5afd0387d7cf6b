"""The topic of a feeling or a view a verb voices: 'expressed concern about the fee', 'voiced displeasure
with the plan', 'shared their doubts over X'. The noun and its preposition go with the verb into the cue and
the preposition's object is what the stance is on, as the 'that' clause is in 'expressed concern that X'
(``objects._voiced_noun``); for ``objects.objects_content``."""

from __future__ import annotations

from spacy.tokens import Token

from .happenings import occasion_not_topic
from .lexicon import Lexicon
from .syntax import first_child

#: prepositions that name what a voiced feeling or view is about ('concern about', 'support for', 'anger at')
_TOPIC_PREPOSITIONS = frozenset(["about", "over", "with", "at", "for", "on", "against", "regarding", "concerning",
                                 "toward", "towards", "in", "to"])


def voiced_topic(lex: Lexicon, verb: Token, obj: Token) -> Token | None:
    """The object of the preposition right after a voiced noun of saying, believing or feeling
    (``voicing_verbs.txt``; ``attitude_nouns.txt`` beside the noun lists): 'concern' in 'expressed
    concern about the fee' gives 'the fee'; None when there is none (not 'shared a photo of X', no
    stance; not 'voiced concern from parents about X', whose noun has more words after it; not one the
    subject owns, 'expressed their support for X', nor the lone pronoun of 'expressed solidarity with her',
    whose contents PolNeAR gives the noun)."""
    lemma = verb.lemma_.lower()
    if obj.i < verb.i or lemma not in lex.voicing_verbs or lemma == "share":
        return None  # ('shared the news on social media': what was passed on, and where)
    if any(c.dep_ == "poss" for c in obj.children):
        return None  # 'expressed their support for X': the stance is the one they hold, all of it what was voiced
    noun = obj.lower_
    if noun not in lex.speech_nouns and noun not in lex.belief_nouns and obj.lemma_.lower() not in lex.attitude_nouns:
        return None
    topic = topic_after(verb, obj, _TOPIC_PREPOSITIONS)
    # (not a pronoun alone: 'expressed solidarity with her' voices the solidarity)
    if topic is not None and occasion_not_topic(lex, topic):
        return None  # ('repeated the warning at a rally': where it was given)
    return None if topic is None or topic.pos_ == "PRON" and topic.left_edge.i == topic.right_edge.i else topic


def topic_after(verb: Token, obj: Token, prepositions: frozenset[str]) -> Token | None:
    """The object of the preposition right after ``obj`` (hung on it or on ``verb``) when the
    preposition is one of ``prepositions``: 'the fee' in 'expressed concern about the fee'."""
    if obj.i + 1 >= len(obj.doc):
        return None
    prep = obj.doc[obj.i + 1]
    if prep.dep_ != "prep" or prep.lower_ not in prepositions or prep.head.i not in (obj.i, verb.i):
        return None
    return first_child(prep, ("pobj", "pcomp"))
