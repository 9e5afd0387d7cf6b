"""A talk given or held with nothing said about anything, an event and no report (for ``noncues.not_a_cue``):
'President X gave a speech in the main square on Sunday', 'She delivered a lecture at the university', 'held a
briefing for reporters' (``talk_giving_verbs.txt`` with an object of ``talk_event_nouns.txt``): where and when
it was given is all the sentence tells. Not with its topic or its words, on the noun or on the verb ('gave a
speech on housing', 'delivered an address urging calm', 'gave a speech in which she pledged X', 'made a speech
about rents', 'gave a speech saying X'), which the content holds, nor with the stance it took ('gave a speech in
support of the strike', 'made a speech for independence': ``talk_stance_nouns.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .kids import children_of
from .lexicon import Lexicon

#: the words a bare talk's noun may have beside it: its determiner, its kind ('a keynote speech', 'his first
#: lecture'), whose it is and how many
_BARE_NOUN = frozenset(["det", "amod", "compound", "poss", "nummod", "case", "punct", "cc", "conj"])
#: the words the verb may have beside its subject and object: its auxiliaries, negation, adverbs, time and place
_BARE_VERB = frozenset(["nsubj", "aux", "auxpass", "neg", "advmod", "npadvmod", "punct", "cc", "conj", "dative", "dobj"])
#: prepositions of place, time and audience ('in the square', 'at the town hall', 'to supporters', 'for an hour')
_SETTING = frozenset(["in", "at", "to", "for", "before", "after", "during", "outside", "inside", "near", "from"])
#: entity types of an 'on' phrase that gives a day, not a topic ('on Sunday', 'on 3 May')
_WHEN = frozenset(["DATE", "TIME"])
#: the tags of an audience after 'for' ('for reporters', 'for them'): people, not an aim
_AUDIENCE = frozenset(["NNS", "NNPS", "PRP"])


def bare_talk(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` gives or holds an occasion of talk with nothing said about anything (see the module)."""
    if verb.lemma_.lower() not in lex.talk_giving_verbs:
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in lex.talk_events or objects[0].i < verb.i:
        return False
    talk = objects[0]
    return all(_setting(lex, c) if c.dep_ == "prep" else c.dep_ in _BARE_VERB for c in children_of(verb)) and all(
        _setting(lex, c) if c.dep_ == "prep" else c.dep_ in _BARE_NOUN for c in talk.children)


def _setting(lex: Lexicon, prep: Token) -> bool:
    """Whether the phrase of ``prep`` says where, when or to whom the talk was given, not what about nor what stance
    it took ('in support of the strike', 'to pupils on knife crime', 'for independence')."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in lex.stance_nouns or g.lemma_.lower() in word_set("attribution/talk_stance_nouns")
           or any(k.dep_ == "prep" and (k.lower_ == "about" or k.lower_ == "on" and not _setting(lex, k))
                  for k in g.children) for g in objects):
        return False  # ('in support of the strike', 'to pupils on knife crime', 'on Monday about rents': a stance or a topic)
    if prep.lower_ == "on":
        return all(g.ent_type_ in _WHEN for g in objects) and bool(objects)
    if prep.lower_ == "for" and not all(g.ent_type_ in _WHEN or g.tag_ in _AUDIENCE for g in objects):
        return False  # ('for an hour', 'for reporters'; not 'for independence', an aim)
    return prep.lower_ in _SETTING and not any(
        g.dep_ in ("pcomp", "relcl", "acl") or any(k.dep_ in ("relcl", "acl") for k in g.children)
        for g in prep.children)
