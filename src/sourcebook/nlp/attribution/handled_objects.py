"""A verb of the lexicon in its literal sense, done with the hands or the body to a thing (for
``noncues.not_a_cue``): 'The cook walked out, slamming the door', 'She stood at the kerb, hailing a taxi',
'He called an ambulance', 'The keeper rejected the ball with one fist'. The verb's object is a thing one
opens, presses, hails or moves (``handled_nouns.txt``), which holds no words, plan or view, so there is no
stance on it nor anything said: the finite verb and the set-off participle alike report nothing. Not with
what the object is called or taken as ('slammed the door policy as cruel', 'called the gate a disgrace'): a
name or a judgement given keeps the cue; nor 'slammed the door on the talks', a figure of refusing the talks,
nor with a clause of its own ('rejecting the ball and saying the pitch was unsafe' keeps 'saying')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

#: what gives the object a name or a judgement ('called the gate a disgrace', 'dismissed the ball as out')
_GIVEN = frozenset(["oprd", "xcomp", "ccomp", "dative", "attr", "acomp"])
#: the prepositions of a figure whose object is what the verb is done to ('slammed the door on the talks')
_FIGURED = frozenset(["as", "on", "over"])
#: the state a thing is left in, which the parser may read as a second object ('slamming the drawer shut')
_STATES = frozenset(["shut", "open", "closed"])


def handled(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb``, a cue verb, has for its only object a thing one handles (see the module)."""
    if verb.lemma_.lower() not in lex.cue_verbs:
        return False
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj" and c.lower_ not in _STATES]
    if not objects and (shut := next((c for c in children if c.lower_ in _STATES), None)) is not None:
        # ('slammed the window open', 'window' its compound; 'slammed the door shut', 'door' its subject)
        objects = [c for c in shut.children if c.dep_ in ("compound", "nsubj")]
    if len(objects) != 1 or any(c.dep_ in _GIVEN and c.lower_ not in _STATES for c in children):
        return False
    thing = objects[0]
    if thing.lemma_.lower() not in lex.handled_nouns and thing.lower_ not in lex.handled_nouns:
        return False
    if any(c.dep_ == "conj" for c in thing.children):
        return False  # ('rejected the ball and the referee's call': more than the thing)
    return not any(c.dep_ == "prep" and c.lower_ in _FIGURED for c in (*children, *thing.children))
