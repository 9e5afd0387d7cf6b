"""Where an object content's thing happened, not where the words were said: 'condemned the violence at the rally',
'praised the turnout at the meeting', 'described the mood during the ceremony'. An 'at' or 'during' phrase whose
noun is an occasion ('rally', 'summit', ``circumstance_nouns.txt``) is cut from an object content as the occasion
it was spoken on ('repeated his position at a town hall', ``spoken_at.py``, ``tails.py``, ``objects.py``); but when
the content's head is a thing that happens or holds somewhere (``happening_nouns.txt``: violence, chaos, turnout,
mood) the phrase says where it happened, and a judge of it names the place with it: the phrase stays. The other
way round, such a phrase right after a voiced noun or an act noun is the occasion, not what the words are on
('repeated the warning at a rally': ``occasion_not_topic``)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .word_forms import listed


def happened_there(lex: Lexicon, prep: Token, host: Token | None) -> bool:
    """Whether the 'at' or 'during' phrase ``prep`` tells where the content's head noun ``host`` happened (a thing
    of ``happening_nouns.txt``: 'the chaos at the convention', 'the mood during the ceremony'), so it belongs to
    the content; not after a noun of words or a stance ('his position at a town hall', 'the plan at the summit').
    The noun the phrase hangs on, when it is one, is the host ('a critique of his showing at the debate')."""
    noun = prep.head if prep.head.pos_ == "NOUN" else host  # (the noun it hangs on: 'a critique of his performance at X')
    return noun is not None and prep.lower_ in ("at", "during") and noun.pos_ == "NOUN" and (
        listed(noun, lex.happening_nouns)) and not _for_talk(lex, prep)


def _for_talk(lex: Lexicon, prep: Token) -> bool:
    """Whether the phrase's noun is an occasion held for talk alone ('at a news conference', 'during an
    interview', 'at a briefing': ``talk_occasion_nouns.txt``), where nothing happens but the words: 'discussed
    the shooting at a news conference' was said there, whatever the head noun is."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    lemma = pobj.lemma_.lower()
    return lemma in lex.talk_occasion_nouns or lemma == "conference" and any(
        c.dep_ == "compound" and c.lower_ in ("news", "press") for c in pobj.children)


def occasion_not_topic(lex: Lexicon, topic: Token) -> bool:
    """Whether ``topic``, the object of the preposition after a voiced noun or an act noun ('repeated the warning |
    at a rally', 'launched an attack | during the hearing', 'in a speech'), is the occasion the words were given on, no topic of
    them: an 'at' or 'during' phrase of an occasion (``circumstance_nouns.txt``); not 'anger at the ruling', nor
    'views on the speech', whose phrase says what the stance is on."""
    # (or an 'in' phrase: 'repeated the allegation | in a radio interview'; not 'on', 'views on the speech')
    # (an 'in' phrase hung on the verb or on words said, 'the claim in a speech': not 'expressed interest in
    # a radio interview', the topic of a stance noun)
    held = topic.head.head
    where = topic.head.lower_ in ("at", "during") or topic.head.lower_ == "in" and topic.dep_ == "pobj" and (
        held.pos_ in ("VERB", "AUX") or held.lemma_.lower() in lex.speech_nouns)  # (not 'in debating')
    if topic.head.lower_ == "on" and topic.lower_ == "behalf":
        return True  # ('made a statement on her behalf', 'on behalf of the family': for whom it was given)
    return where and topic.lemma_.lower() in lex.circumstance_nouns
