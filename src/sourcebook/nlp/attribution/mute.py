"""Subjects that can neither say nor hold what a verb reports: nobody, weather and natural forces (named
storms too: ``named_storms.py``), gestures, one's own body, heart or gut ('My body was begging me to stop'),
the article itself, the asker of a question, a time or a place that lives through what happens (``scenes.py``),
a demonstrative that 'says a lot about' something, the 'us' of "Let's say X", a supposition, a figure the page
points at ('The chart below shows X'), a saying promised after 'will be able to' and a thing that asks for what it
needs ('The form asks for X'), and a call operator's 'I' in its turn (``transcript_speakers``) (``holds_nothing``, for
``verbs.verb_cue``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .abilities import ability_to_say, way_to_find_out
from .degree_subjects import degree_subject
from .horoscopes import horoscope_subject
from .kids import children_of
from .lexicon import Lexicon
from .named_storms import named_storm
from .page_figures import page_figure
from .questions import in_question
from .scenes import scene_subject
from .story_frames import story_character
from .tables import words_of
from .thing_requests import thing_request
from .transcript_speakers import operator_speaks

#: the article itself, named in its own text (a correction note, 'as this story reported')
_THIS_ARTICLE = re.compile(r"\bthis (?:article|story|piece|post|page|column)$"
                           r"|\bversion of this (?:article|story|piece|post|page|report)\b")
#: the publication's own earlier piece, named as a correction names it ('Our article of 2 May about X stated Y'); not
#: 'our report', which may be a body's study ('Our report found that X', in an op-ed by its authors)
_OUR_ARTICLE = re.compile(r"^our (?:\w+ )?(?:article|story|piece)\b")
#: the nouns of such a piece, the subject's own head ('Our story's main source said X' is the source's report)
_PIECES = frozenset(["article", "story", "piece"])
#: what of oneself, or what one carries, 'tells' or 'begs' one only as a figure, with a possessive pronoun ('my body',
#: 'her gut', 'my watch said I was on pace'; not 'the governing body', a body of people, nor 'election monitors')
_OWN_PARTS = frozenset(["body", "heart", "gut", "stomach", "brain", "mind", "instinct", "instincts", "watch", "phone", "monitor"])
#: (not 'its' or 'their', a body of people's: 'the party and its governing body')
_OWNERS = frozenset(["my", "your", "his", "her"])
#: amounts a thing 'says' or 'tells' about another as a figure of what it reveals ('That says a lot about X')
_AMOUNTS = frozenset(["lot", "much", "little", "something", "nothing", "more", "plenty", "volumes", "everything", "anything"])


def holds_nothing(lex: Lexicon, verb: Token, subject: Token) -> bool:
    """Whether ``subject`` can neither say nor hold what ``verb`` reports: nobody ('No one
    knows how deep ...', 'Does anyone know if X?'), weather, natural forces and alarms ('The rain warned us to turn
    back'), a gesture ('a shrug that says more than words'), or the asker of a question ('Who
    told the press that the talks had failed?', and a heading's without its mark: 'Who said what')."""
    if subject.lower_ in ("anyone", "anybody", "someone", "somebody") and subject.head.i == verb.i and not any(
            c.lower_ != "else" for c in children_of(subject)) and in_question(verb):
        # 'Does anyone know if X?', 'Can someone explain why?', a forum's 'Anyone else think X?': a question asks
        # for a holder and names none (not 'Would someone like Mr. X want Y?', a kind of person)
        return True
    if subject.lower_ in ("nobody", "nothing", "noone") or any(
            c.dep_ == "det" and c.lower_ == "no" and not _numbered(c) for c in children_of(subject)):
        return True
    held = verb.head if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else subject  # ('a shrug that says X')
    if mute_thing(lex, held):
        return True
    if named_storm(held):
        return True  # 'Storm Vera hits the coast': weather named like a person (named_storms.py)
    if held.lemma_.lower() in _OWN_PARTS and any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in children_of(held)):
        return True  # 'My body was begging me to stop', 'my gut told me X', 'my watch said X': a figure of oneself
    if subject.lower_ in ("'s", "\u2019s") and subject.tag_ == "PRP" and verb.head.lemma_.lower() == "let":
        return True  # "Let's say the bill passes": a supposition, no one's words
    if degree_subject(verb, subject):
        return True  # '"X," she said, only half joking': a degree of meaning it, no one (degree_subjects.py)
    if horoscope_subject(held):
        return True  # 'The stars suggest a journey', 'Venus urges caution' on a horoscope's page (horoscopes.py)
    if page_figure(held) or ability_to_say(lex, verb) or thing_request(lex, verb, subject) or way_to_find_out(verb):
        return True  # 'The chart below shows X', 'will be able to explain X', 'The form asks for X', 'You can find out X at Y'
    if _says_a_lot(verb, subject):
        return True  # 'That says a lot about our schools', 'This tells us something about the voters'
    if scene_subject(verb, subject) or story_character(verb, subject):
        return True  # '2015 saw a rise in claims', 'The old harbour has witnessed many storms', 'In the play, the king says X'
    if operator_speaks(subject):
        return True  # 'OPERATOR: I would now like to turn the call over to X': a call's operator reports nothing
    if _names_this(subject) and _THIS_ARTICLE.search(" ".join(t.lower_ for t in subject.subtree)) or (
            subject.left_edge.lower_ == "our" and subject.lower_ in _PIECES
            and _OUR_ARTICLE.match(" ".join(t.lower_ for t in subject.subtree))):  # (not 'Our story's source')
        return True  # 'Correction: An earlier version of this article said X', 'Our article of 2 May stated X': its own error
    return subject.head.i == verb.i and subject.tag_ == "WP" and verb.dep_ != "relcl" and (
        in_question(verb) or _asks_unmarked(verb, subject))


def _asks_unmarked(verb: Token, subject: Token) -> bool:
    """'Who said what at the climate summit': a question without its mark, as a heading sets one, the asking 'who'
    opening the sentence whose main verb the cue is; it names no one (the one with its mark: ``in_question``)."""
    return verb.dep_ == "ROOT" and subject.lower_ == "who" and subject.i == subject.sent.start


def mute_thing(lex: Lexicon, held: Token) -> bool:
    """Whether ``held`` is a thing that says nothing (``mute_subjects.txt``), as a cue's subject or as the agent of a
    passive one ('Drivers are told by the app when X', 'warned by the dashboard that Y': a machine's signal): not one
    a name set beside it makes a firm ('The printer, Acme Print Ltd, said X'), nor a trade's people in the plural
    ('Installers say X': ``trade_tools.txt``), nor a name."""
    return held.pos_ != "PROPN" and held.lemma_.lower() in lex.mute_subjects and not any(
        c.dep_ == "appos" for c in children_of(held)) and not (held.tag_ == "NNS" and held.lemma_.lower() in lex.trade_tools)


def _names_this(subject: Token) -> bool:
    """Whether a word of the subject's phrase holds 'this', which ``_THIS_ARTICLE`` needs: read from the
    words' list between its edges (a Token for each word of the phrase only then)."""
    return any("this" in lower for lower in words_of(subject.doc).lower[subject.left_edge.i : subject.right_edge.i + 1])


def _says_a_lot(verb: Token, subject: Token) -> bool:
    """'That says a lot about the state of our schools': a demonstrative that 'says' an amount about
    something is a fact the writer reads, no one's words (not 'The minister said a lot about X')."""
    if subject.head.i != verb.i or subject.lower_ not in ("that", "this", "it") or any(children_of(subject)):
        return False
    amount = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ in _AMOUNTS), None)
    return amount is not None and any(t.lower_ == "about" for t in amount.subtree)


def _numbered(word: Token) -> bool:
    """Whether a determiner 'No' is the abbreviation of 'number' before a numeral in digits ('A No 10 spokesman said',
    'the No 2 official'), no 'no one' ('No two officials agree' is one)."""
    doc = word.doc
    return word.text == "No" and word.i + 1 < len(doc) and doc[word.i + 1].is_digit
