"""A phrasal cue's particle the parser read as an adverb: 'pushed back against the plan', 'walked
back his remarks'. spaCy often tags 'back' right after a verb RB with the dependency advmod, not
prt, so the particle that makes the verb a cue (``phrasal.json``) went unseen and the cue got no
content. An adverb right after the verb counts as its particle; a preposition right after the
particle (or a particle read as one: 'came out against X') opens the content (its object) and joins
the cue, as PolNeAR marks it ('pushed back against'). Not the idioms of ``speech_idioms.json``
('fired back at critics'): PolNeAR's train split marks few of those with the object as content. Not
a pair the lexicon lists with no preposition ('walk back': 'walked back his remarks', but 'walked back
over the ridge' is a walk), nor an object that says nothing (``mute_subjects.txt``: 'came out against the wind')."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import NOT_CONTENT_ENTS, first_child, subtree_span
from .tails import with_tail

Spans = list[tuple[int, int]]

#: the prepositions after a particle that name what the cue answers or is about ('pushed back on X')
_AIMS = frozenset(["about", "against", "at", "on", "over", "upon"])


def phrasal_particles(lex: Lexicon, verb: Token, lemma: str, children: Iterable[Token]) -> list[Token]:
    """The particles among ``children`` that make ``verb`` a phrasal cue ('spoke out', 'pushed
    back'): a prt, or the adverb right after the verb the parser read for one."""
    words = lex.phrasal.get(lemma, ())
    return [c for c in children if c.lower_ in words and (c.dep_ == "prt" or _adverb_particle(verb, c))]


def _adverb_particle(verb: Token, token: Token) -> bool:
    return token.dep_ == "advmod" and token.i == verb.i + 1 and token.tag_ in ("RB", "RP")


def past_the_particle(lex: Lexicon, text: str, verb: Token, particle: Token, extra: list[Token]) -> Spans | None:
    """'pushed back against the plan', 'came out against the tax': the object of the preposition
    right after ``particle`` (the particle and the preposition join the cue's words ``extra``); the
    pair's entry in ``phrasal.json`` ('come out') lists the prepositions when the pair is not a cue
    with any."""
    doc = verb.doc
    if particle.i + 1 >= len(doc) or verb.lemma_.lower() in lex.speech_idioms:
        return None  # (not 'to fire back at X': see above)
    prep = doc[particle.i + 1]
    # (the lexicon's own prepositions for the pair where it lists them: 'came out against X', not 'came out on top')
    aims = lex.phrasal.get(f"{verb.lemma_.lower()} {particle.lower_}", _AIMS)
    if prep.dep_ != "prep" or prep.head.i not in (verb.i, particle.i) or prep.lower_ not in aims:
        return None
    obj = first_child(prep, ("pobj", "pcomp"))
    if obj is None or obj.ent_type_ in NOT_CONTENT_ENTS or obj.lemma_.lower() in lex.mute_subjects:
        return None  # (not 'came out against the wind', 'pushed back against the tide')
    extra.extend([particle, prep])
    return [with_tail(lex, text, verb, subtree_span(obj), obj)]

