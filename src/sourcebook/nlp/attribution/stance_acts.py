"""The topic of a stance a verb's object names as an act in words: 'launched a fierce attack against X',
'made the case for X', 'offered kind words about X', 'continued his attacks on X', 'threw her support
behind X' (``act_nouns.txt``). PolNeAR puts the verb, the noun and its preposition in the cue and gives
the preposition's object as the content, as ``voiced.voiced_topic`` does for a feeling voiced; unlike a
feeling voiced, the act may be the subject's own ('his attacks'). Only with a verb that holds no stance of
its own (one the cue tagger brings: 'launched', 'offered', 'delivered'): a stance verb's object is what the
stance is on, noun and all ('criticized the attack on X', 'cheered her attacks on Y'). For
``objects.objects_content``."""

from __future__ import annotations

from spacy.tokens import Token

from .happenings import occasion_not_topic
from .lexicon import Lexicon
from .voiced import topic_after

#: prepositions that name what the act is on or for ('an attack on X', 'the case for X', 'kind words about X')
_TOPIC_PREPOSITIONS = frozenset(["about", "over", "at", "for", "on", "against", "toward", "towards", "behind",
                                 "regarding", "concerning"])
#: more prepositions some nouns take ('a defense of X', 'attention to X', 'a contrast with X')
_OWN_PREPOSITIONS = {"defense": "of", "defence": "of", "criticism": "of", "critique": "of", "attention": "to",
                     "tribute": "to", "contrast": "with"}
#: what no stance is on: a time, a place, a count ('an attack on the embassy', 'a statement on Monday')
_NO_TOPIC = ("DATE", "TIME", "CARDINAL", "ORDINAL", "LOC", "FAC", "GPE", "MONEY", "PERCENT", "QUANTITY", "EVENT")


def act_object(lex: Lexicon, verb: Token, obj: Token) -> bool:
    """Whether ``obj`` is an act noun (``act_nouns.txt``) of a verb that holds no stance of its own
    ('launched an attack', 'took a swipe'; not 'criticized the attack', the stance verb's own object)."""
    word = verb.lemma_.lower()
    return obj.lemma_.lower() in lex.act_nouns and not (word in lex.cue_verbs and word not in lex.learned_verbs)


def act_topic(lex: Lexicon, verb: Token, obj: Token) -> Token | None:
    """The object of the preposition right after ``obj``, an act noun the cue ``verb`` takes as its
    object ('the governor' in 'launched an attack against the governor'); None when there is none
    (nor a time, a place or a lone 'it')."""
    if obj.i < verb.i or not act_object(lex, verb, obj):
        return None  # ('criticized the attack on X', 'blamed the attack on Y': the stance verb's own object)
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in obj.children):
        return None  # ("continued Ruiz's attacks on X": another's act, not the subject's)
    own = _OWN_PREPOSITIONS.get(obj.lemma_.lower())
    topic = topic_after(verb, obj, _TOPIC_PREPOSITIONS | {own} if own else _TOPIC_PREPOSITIONS)
    if topic is not None and occasion_not_topic(lex, topic):
        return None  # ('launched an attack at a rally': where it was made)
    return None if topic is None or topic.ent_type_ in _NO_TOPIC or topic.lower_ == "it" else topic
