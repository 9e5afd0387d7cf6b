"""'Claim', 'call', 'signal', 'voice' and 'hit' in a sense that takes, orders, plays or reaches a thing (for
``senses.other_sense``): 'The storm claimed three lives', 'She claimed her seat in the front row', 'The
keeper claimed the cross' seize, win or cost something; 'The coach called a timeout', 'The teacher called
the roll', 'The referee called a foul', 'The linesman signalled a corner' order or declare it; 'The actor
voiced the villain' plays a part; 'Shares hit a new high', 'The bill hit a nerve' reach a mark (a thing
hailed or moved, 'called a cab', is ``handled_objects``'s; an official's signal of a game's award or stop
only, not 'signalled support'; a part, not 'voiced concern'; a mark, not 'hit Clinton over trade').
The object is a noun of ``taken_objects.txt`` tagged with the verb, and the verb has no clause, no second
object and no particle, so nothing is asserted or named (not 'claimed the seat was rigged', 'called the
timeout a mistake', 'called off the recess')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import tagged

#: what besides the object makes the verb say something ('called X Y', 'claimed X was Y', 'called off X')
_SAYING_DEPS = frozenset(["ccomp", "xcomp", "oprd", "attr", "dative", "prt", "acomp"])
#: the verbs and the tag of their things in ``taken_objects.txt``
_VERBS = frozenset(["claim", "call", "signal", "voice", "hit"])


def taken_thing(verb: Token) -> bool:
    """Whether ``verb`` is 'claim', 'call', 'signal', 'voice' or 'hit' whose only object is a thing taken,
    ordered or reached (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma not in _VERBS:
        return False
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects and not any(c.dep_ == "nsubjpass" for c in children):
        # ('called time on his career': the parser reads a lone bare object as the verb's predicate; not a count of
        # times, 'called him "X" multiple times')
        objects = [c for c in children if c.dep_ == "oprd" and c.tag_ == "NN" and not c.n_lefts + c.n_rights]
        children = [c for c in children if c.dep_ != "oprd"]
    if any(c.dep_ in _SAYING_DEPS for c in children):
        return False
    things = tagged("attribution/taken_objects", lemma)
    if len(objects) != 1 or any(c.dep_ in ("acl", "relcl", "appos") for c in objects[0].children):
        return False
    thing = objects[0]
    if thing.pos_ in ("NOUN", "NUM") and thing.lemma_.lower() not in things:
        # ('claimed dozens of lives', 'claimed hundreds of lives': the thing after a count's 'of')
        thing = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), thing)
    return thing.pos_ == "NOUN" and thing.lemma_.lower() in things
