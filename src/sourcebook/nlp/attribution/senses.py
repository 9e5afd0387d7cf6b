"""Verbs of the lexicon in a sense that says nothing, common on any web page (for
``noncues.not_a_cue``): 'swear by X' (to trust a thing, no oath taken), 'does what it says on the box' (a
free relative: what is said is the object of another verb, and the clause around it is no one's
words), a verb of the manner of a voice whose subject is a thing ('The old farmhouse whispered
stories', 'the engine screamed'): only who has a voice whispers or shouts, so the verb is a figure,
and a bare verb of talking ('speak', 'talk' with no 'about', 'of', 'on', 'out' and nothing said after it),
which takes no clause: 'As the mayor spoke in the square, the crowd grew', 'while she talks, he
writes' tell when; 'He talks to everyone' how; 'The minister spoke with such force it sounded like
shouting' the clause is the writer's. Its words are only a quotation set beside it ('"We will
rebuild," she spoke'), or the topic after 'about' / 'of' ('spoke about the flood', a cue). And a verb of
reaching a level whose object is a number ('The mayor turned 74', 'the show hit 50%', 'shares topped $40'):
an age or a figure reached, nothing said (not 'hit back at critics', 'hit him for X'); and 'hit the road', 'hit
the airwaves', 'hit the phones': a place or a medium gone to. A verb of answering with the thing answered after 'to' and
the answer after 'by' ('responded to the tweet by calling him X', 'has responded to criticism by pointing to Y'): what
was answered is no one's words there, and what the answer said is the 'by' clause's. And a word of markup ('<tweet
pic="" author="X">'): a tag's name, followed by its attributes, is no verb of the text. And the name a thing goes by
('The city is known as the Venice of the North', 'the pattern is known as "sticky wages"'): a passive 'known' with 'as' and a
proper noun or quoted words gives a name, no one's knowledge (not 'known as a fierce critic', a reputation, nor 'known
by critics as "X"', nor 'known for X', which PolNeAR counts as a belief); and 'shows signs of X' ('The manuscript shows signs
of later editing'): a thing's state seen, no finding reported (a sign of an act, 'showed no sign of backing down', is
a stance: ``shown_signs``). 'Spend' time doing something ('spent months crafting a
plan'): time given to an act, whose own verb is the cue. 'Agree to' a thing ('agreed to a settlement', 'By
clicking Accept, you agree to the storing of cookies') is consent to a deal, no view held (not 'agreed to pay X',
'agreed with X', 'agreed that X'). 'Turn' with an object ('turned their guns on the crowd', 'turned the tables on
his rival') or with 'the tables' for its subject moves a thing or is an idiom of fortune, no stance taken against
anyone (not 'turned on his old allies', 'turned against the deal').
'Call' a place home ('the town we call home', 'the city she has called home since 1990', 'now calls Lisbon home')
says where one lives, no name given to anything and no view of it (a bare 'home'; not 'called the plan a disaster',
'called the stadium a home for nobody'). 'Claim' or 'call' a thing taken or ordered ('claimed three lives', 'called
a timeout'): ``taken_senses``. A figure of a thing that shows ('speaks volumes', 'Spring announced itself'), a name
glossed ('as the name suggests'), a skill learned or a register's entry ('was reported missing'): ``figure_senses``.
A news outlet that could not confirm a report ('Reuters could not confirm the toll'): ``outlet_checks``. A person
found in a state or threatened with a weapon ('found him asleep', 'threatened him with a knife'): ``scene_senses``.
A place opened to the public ('The hospice was opened in 1986 by local doctors'): ``opened_places``. Newcomers
welcomed, gifts handed over and people in need helped ('welcomed a refugee family', 'presented him with a cheque',
'supports 300 families'): ``good_turns``. A show presented, a look revealed and a year's hit ('has presented the quiz
show X', 'revealed her toned figure', 'the 1968 hit Y'): ``show_business``. An advert answered and a debt written
off ('answered an advert promising X', 'wrote off £2bn of loans'): ``money_senses``."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .cleft_colons import presents_words
from .explained_rubrics import explained_rubric
from .figure_senses import figure_sense
from .good_turns import good_turn
from .kids import children_of
from .lexicon import Lexicon
from .money_senses import money_sense
from .opened_places import place_opened
from .outlet_checks import outlet_check
from .recalls import by_a_firm
from .scene_senses import scene_sense
from .show_business import show_business
from .sponsored_works import sponsored_work
from .sung_titles import sung_title
from .syntax import source_like
from .tables import words_of
from .taken_senses import taken_thing
from .treated import body_response

#: verbs of speaking that say how a voice sounds, which only one with a voice does
_VOICE_MANNERS = frozenset(["whisper", "mutter", "murmur", "mumble", "shout", "scream", "yell", "shriek", "sigh",
                            "scoff", "snap", "grumble", "growl", "hiss", "roar", "bellow", "snarl", "wail", "moan",
                            "whine", "stammer", "stutter", "holler", "rasp"])
#: verbs of talking that take no clause: what is said comes with 'about', 'of', 'on' or a quotation
_TALKING = frozenset(["speak", "talk", "chat", "converse"])
_TOPIC = frozenset(["about", "of", "on"])
#: prepositions that give a free relative's verb what it says of a thing ('what he thinks of X', 'what they describe as
#: Y'; not a place or a time: 'what it says on the box')
_OF_WHAT = frozenset(["of", "about", "as"])
#: verbs that, with a number for their object, say a level is reached ('turned 74', 'hit 50%', 'topped $40')
_REACHING = frozenset(["turn", "hit", "top", "reach", "pass", "cross", "near", "exceed", "surpass"])
_AMOUNTS = frozenset(["CARDINAL", "PERCENT", "QUANTITY", "MONEY"])
#: what one hits by going to it ('hit the road', 'hit the airwaves', 'hit the phones', 'hit the campaign trail')
_GONE_TO = frozenset(["road", "trail", "airwaves", "phone", "phones", "street", "streets", "stump", "ground", "shelves",
                      "beach", "slopes", "gym", "books", "headlines", "newsstands", "stores"])
#: verbs of answering: 'to' gives the thing answered, 'by' + a gerund how it was answered
_ANSWERING = frozenset(["respond", "reply", "answer", "react"])
#: an attribute of a markup tag ('pic=', 'author=')
_ATTRIBUTE = re.compile(r"[A-Za-z_:-]+=")
#: how the parser hangs 'home' on 'call' in 'the town we call home' ('called Lisbon home')
_HOME_DEPS = frozenset(["advmod", "npadvmod", "oprd", "dobj", "attr", "xcomp", "ccomp"])
#: what may stand beside a free relative's verb besides its 'what' ('what it says on the box')
_BESIDE = frozenset(["dobj", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "prep", "punct", "cc", "npadvmod"])


def other_sense(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` stands in a sense of its word that reports nothing (see the module)."""
    lemma = verb.lemma_.lower()
    children = list(children_of(verb))
    if _markup(verb):
        return True
    if figure_sense(verb):
        return True  # 'speaks volumes', 'announced itself', 'as the name suggests', 'learned to swim' (figure_senses.py)
    if explained_rubric(lex, verb):
        return True  # 'Sugar tax explained: what changes on 1 April?': the topic of an explainer (``explained_rubrics``)
    if lemma in _ANSWERING and _answered_by(children):
        return True
    if body_response(lex, verb):
        return True  # 'Patients responded well to the therapy': a body's answer (``treated``)
    if sung_title(verb):
        return True  # 'Mourners sang "Abide With Me"': a song's title (``sung_titles``)
    if lemma in _VOICE_MANNERS:
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and not source_like(lex, subject)
    if lemma in _TALKING:
        return _bare_talk(verb, children)
    if lemma in _REACHING and _level_reached(children):
        return True
    if lemma == "turn" and (any(c.dep_ == "nsubj" and c.lemma_.lower() == "table" for c in children) or any(
            c.dep_ == "dobj" for c in children) and not any(c.dep_ == "prt" and c.lower_ in ("on", "against") for c in children)):
        return True  # 'turned their guns on X', 'turned the tables on Y', 'the tables turned on Z': a thing turned, no stance
    if lemma == "hit" and any(c.dep_ == "dobj" and c.lower_ in _GONE_TO for c in children):
        return True  # 'hit the airwaves with an ad': where one went, no attack
    if lemma == "know" and verb.tag_ == "VBN" and any(_named_as(c) for c in children) and not any(
            c.dep_ == "agent" for c in children):
        return True  # 'is known as the Venice of the North': a name, no knowledge (not 'known by critics as "X"')
    if lemma == "show" and any(c.dep_ == "dobj" and c.lemma_.lower() == "sign" and any(
            g.dep_ == "prep" and g.lower_ == "of" for g in children_of(c)) for c in children):
        return True  # 'shows signs of wear', 'showed no sign of recovery': a state seen (an act's: ``shown_signs``)
    if lemma == "agree" and not any(c.dep_ in ("ccomp", "xcomp") for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in children_of(c))
            for c in children):
        return True  # 'agreed to a settlement', 'you agree to the storing of cookies': consent to a thing, no view held
    if lemma == "call" and any(c.lower_ == "home" and c.dep_ in _HOME_DEPS and not c.n_lefts + c.n_rights for c in children):
        return True  # 'the town we call home', 'now calls Lisbon home': where one lives, no naming nor view
    if taken_thing(verb):
        return True  # 'The storm claimed three lives', 'the coach called a timeout': a thing taken or ordered
    if outlet_check(lex, verb):
        return True  # 'The Associated Press could not confirm the figures': the wire's check, no report (``outlet_checks``)
    if scene_sense(lex, verb):
        return True  # 'Officers found him asleep', 'threatened him with a machete': a scene, no words (``scene_senses``)
    if place_opened(verb) or good_turn(verb):
        return True  # 'The hospice was opened by X', 'welcomed a refugee family': no words (``opened_places``, ``good_turns``)
    if sponsored_work(verb):
        return True  # 'This episode is supported by Northlight Energy': a sponsor, no stance (``sponsored_works``)
    if show_business(verb):
        return True  # 'has presented the quiz show X', 'revealed her toned figure': no words (``show_business``)
    if money_sense(verb):
        return True  # 'answered an advert', 'has written off £640m of loans': no words (``money_senses``)
    if by_a_firm(lex, verb):
        return True  # 'The grocer recalls peanut butter over salmonella fears': goods called back (``recalls``)
    if lemma == "spend":
        return True  # 'spent months crafting a plan': the time given to an act; the act's verb is the cue ('spent.py')
    if lemma == "swear":
        # 'Many bakers swear by cold butter': trust in a thing (not 'swore that X', 'swore to X')
        return any(c.dep_ == "prep" and c.lower_ == "by" and c.i == verb.i + 1 for c in children)
    # ('what his aides describe as X', 'what he thinks of Y', 'what they dub Z' say what it is)
    return verb.dep_ == "ccomp" and sum(c.dep_ == "dobj" for c in children) == 1 and any(
        c.dep_ == "dobj" and c.tag_ == "WP" and c.lower_ in ("what", "whatever") and verb.head.i < c.i < verb.i
        for c in children) and all(c.dep_ in _BESIDE and not (c.dep_ == "prep" and c.lower_ in _OF_WHAT) for c in children) and (
        not presents_words(verb))  # (but 'Here is what the mayor said:' and the words below: ``cleft_colons``)


def _level_reached(children: list[Token]) -> bool:
    """'turned 74', 'hit 50%': a number and nothing else for the verb's object, and no clause."""
    objects = [c for c in children if c.dep_ in ("dobj", "npadvmod", "attr")]
    return bool(objects) and all(o.like_num or o.pos_ == "NUM" or o.ent_type_ in _AMOUNTS for o in objects) and not any(
        c.dep_ in ("ccomp", "xcomp", "dative") for c in children)


def _bare_talk(verb: Token, children: list[Token]) -> bool:
    """'As he spoke in the lobby, X': a verb of talking with no topic, object, clause or quotation of its own."""
    if any(c.dep_ == "prep" and c.lower_ in _TOPIC or c.dep_ in ("prt", "dobj", "ccomp", "xcomp") for c in children):
        return False  # ('spoke of X', 'spoke out', 'talk sense')
    if any(t.lower_ == "about" and t.dep_ == "prep" for t in verb.subtree if t.i > verb.i):
        return False  # ('talked at length about X', 'talking to his aides about X': the topic further on)
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    # (a quotation right before or after the clause, or a colon opening one: '"...," she spoke', 'spoke: "..."')
    near = [t for t in doc[max(lo - 2, 0) : lo]] + [t for t in doc[hi + 1 : hi + 3]]
    return not any(t.is_quote or t.text == ":" for t in near)


def _named_as(prep: Token) -> bool:
    """'known as the Venice of the North', 'known as "sticky wages"': a name after 'as', a proper noun or words in
    quotation marks (not 'known as a fan of X', a reputation the writer reports)."""
    name = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or prep.lower_ != "as" or name is None:
        return False
    doc = prep.doc
    return (prep.i + 1 < len(doc) and doc[prep.i + 1].is_quote) or name.pos_ == "PROPN"


def _answered_by(children: list[Token]) -> bool:
    """'responded to the tweet by calling him X': the thing answered after 'to' and the answer in a gerund after 'by'."""
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in children) and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in children_of(c))
        for c in children)


def _markup(verb: Token) -> bool:
    """'<tweet pic="" author="X">': the name of a markup tag, followed by an attribute (or right after '<')."""
    forms = words_of(verb.doc).text  # (the words' list: no Token made for the words beside every cue verb)
    after = forms[verb.i + 1] if verb.i + 1 < len(forms) else None
    return (after is not None and _ATTRIBUTE.match(after) is not None) or (verb.i > 0 and forms[verb.i - 1].endswith("<"))
