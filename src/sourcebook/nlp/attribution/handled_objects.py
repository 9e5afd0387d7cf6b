"""A verb of the lexicon in its literal sense, done with the hands or the body to a thing (for
``noncues.not_a_cue``): 'The cook walked out, slamming the door', 'She stood at the kerb, hailing a taxi', 'He
called an ambulance', 'The keeper rejected the ball with one fist', a game's play ('Okafor hit the bar', 'The
striker called for the ball', 'The referee pointed to the spot'). The verb's object, or with none the object
of its own 'for', 'to' or 'at', is a thing one opens, presses, hails, moves or plays at
(``handled_nouns.txt``; not a name, 'attacked the Post'), which holds no words, plan or view, so there is no
stance on it nor anything said: the finite verb and the set-off participle alike report nothing. Not with what
the object is called or taken as ('slammed the door policy as cruel', 'called the gate a disgrace'): a name or
a judgement given keeps the cue; nor 'slammed the door on the talks', a figure of refusing the talks, nor with
a clause of its own ('rejecting the ball and saying the pitch was unsafe' keeps 'saying'); but a thing after
'over' is where the ball went ('blasted the ball over the bar'); nor an object inside a quotation opened
right after the verb, which is words said, not a thing ('chanted "Hands off our parks"')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon

#: what gives the object a name or a judgement ('called the gate a disgrace', 'dismissed the ball as out')
_GIVEN = frozenset(["oprd", "xcomp", "ccomp", "dative", "attr", "acomp"])
#: the prepositions of a figure whose object is what the verb is done to ('slammed the door on the talks')
_FIGURED = frozenset(["as", "on", "over"])
#: the prepositions whose object a verb of saying is done to when it has no object ('called for the ball')
_REACHED = frozenset(["for", "to", "at"])
#: the state a thing is left in, which the parser may read as a second object ('slamming the drawer shut')
_STATES = frozenset(["shut", "open", "closed"])
#: the marks opening a quotation
_OPEN_MARKS = frozenset(['"', "\u201c", "``"])


def handled(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``, a cue verb, has for its only object a thing one handles (see the module)."""
    if verb.lemma_.lower() not in lex.cue_verbs:
        return False
    children = list(children_of(verb))
    objects = [c for c in children if c.dep_ == "dobj" and c.lower_ not in _STATES]
    if not objects and (shut := next((c for c in children if c.lower_ in _STATES), None)) is not None:
        # ('slammed the window open', 'window' its compound; 'slammed the door shut', 'door' its subject)
        objects = [c for c in children_of(shut) if c.dep_ in ("compound", "nsubj")]
    reached = [c for c in children if c.dep_ == "prep" and c.lower_ in _REACHED] if not objects else []
    if len(reached) == 1:
        # ('called for the ball', 'pointed to the spot': the thing after the verb's own preposition; not 'called
        # for a bar on imports', a figure)
        objects = [c for c in children_of(reached[0]) if c.dep_ == "pobj"]
    if len(objects) != 1 or any(c.dep_ in _GIVEN and c.lower_ not in _STATES for c in children):
        return False
    thing = objects[0]
    if thing.i > verb.i + 1 and verb.doc[verb.i + 1].text in _OPEN_MARKS:
        return False  # ('chanted "Hands off our parks"': a slogan's words)
    if thing.pos_ == "PROPN" or (thing.lemma_.lower() not in lex.handled_nouns and thing.lower_ not in lex.handled_nouns):
        return False
    if any(c.dep_ == "conj" for c in children_of(thing)):
        return False  # ('rejected the ball and the referee's call': more than the thing)
    around = children_of(thing) if reached else (*children, *children_of(thing))  # (the verb's 'on the edge' is a place)
    return not any(c.dep_ == "prep" and c.lower_ in _FIGURED and not _played_at(lex, c) for c in around)


def _played_at(lex: Lexicon, prep: Token) -> bool:
    """Whether ``prep`` is 'over' with a thing of ``handled_nouns.txt`` after it, where a ball went ('over the bar')."""
    return prep.lower_ == "over" and any(c.dep_ == "pobj" and c.lemma_.lower() in lex.handled_nouns for c in children_of(prep))
