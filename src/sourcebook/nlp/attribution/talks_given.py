"""A talk given or held with nothing said about anything, an event and no report (for ``noncues.not_a_cue``):
'President X gave a speech in the main square on Sunday', 'She delivered a lecture at the university', 'held a
briefing for reporters' (``talk_giving_verbs.txt`` with an object of ``talk_event_nouns.txt``): where and when
it was given is all the sentence tells. Not with its topic or its words, on the noun or on the verb ('gave a
speech on housing', 'delivered an address urging calm', 'gave a speech in which she pledged X', 'made a speech
about rents', 'gave a speech saying X'), which the content holds."""

from __future__ import annotations

from spacy.tokens import Token

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


def bare_talk(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` gives or holds an occasion of talk with nothing said about anything (see the module)."""
    if verb.lemma_.lower() not in lex.talk_giving_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in lex.talk_events or objects[0].i < verb.i:
        return False
    talk = objects[0]
    return all(_setting(c) if c.dep_ == "prep" else c.dep_ in _BARE_VERB for c in verb.children) and all(
        _setting(c) if c.dep_ == "prep" else c.dep_ in _BARE_NOUN for c in talk.children)


def _setting(prep: Token) -> bool:
    """Whether the phrase of ``prep`` says where, when or to whom the talk was given, not what about."""
    if prep.lower_ == "on":
        return all(g.ent_type_ in _WHEN for g in prep.children if g.dep_ == "pobj") and any(
            g.dep_ == "pobj" for g in prep.children)
    return prep.lower_ in _SETTING and not any(
        g.dep_ in ("pcomp", "relcl", "acl") or any(k.dep_ in ("relcl", "acl") for k in g.children)
        for g in prep.children)
