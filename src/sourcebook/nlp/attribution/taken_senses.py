"""'Claim', 'call', 'signal', 'voice', 'admit', 'see', 'write', 'report', 'post', 'sign', 'sing', 'say', 'record',
'confirm', 'order', 'acknowledge', 'declare', 'withdraw', 'cast' and 'hit' in a sense that takes, orders, plays, lets
in, sees at work, writes on a thing, turns up for, books, autographs, sings, prays, makes sure of, pulls out or
reaches a thing (for ``senses.other_sense``): 'The charity has withdrawn its staff to the capital' pulls people out of
a place (not 'withdrew his support'); 'The storm claimed three lives', 'She claimed her seat in the front row', 'The
keeper claimed the cross' seize, win or cost something; 'The coach called a timeout', 'The teacher called the roll',
'The referee called a foul', 'The linesman signalled a corner' order or declare it; 'The actor voiced the villain'
plays a part; 'The hospital admitted 40 patients' lets people in, 'Its nurses see forty patients a shift' sees them at
work; 'She wrote her name on the photograph' writes a mark; 'The group posted a loss', 'signed copies of her book'
book a figure or sign for a fan (not 'posted a comment', 'signed the bill'); 'The tenor sang the aria', 'said a prayer
for the dead', 'She recorded three albums' (not 'recorded $2 billion in sales'), 'The club confirmed its place in the
final with a win' sing or record a song or make sure of a place in a competition by a result (not 'confirmed the
report', nor 'The club confirmed his place in the squad', an announcement); 'Shares hit a new high', 'The bill hit a
nerve' reach a mark (not 'hit Clinton over trade'); 'ordered a plate of oysters', 'acknowledged the applause with a
wave', 'must declare any cash' order a dish, answer a crowd or list a thing at customs, 'Voters abroad cast 320,000
ballots' marks a ballot (not 'cast himself as an outsider'), and 'called her brother', 'wrote three symphonies' phone
kin or compose a work (not 'ordered an inquiry', 'acknowledged the mistake', 'called her son a hero'); 'called for the
ball', 'reported for duty' ask for a thing in play or turn up for work, with 'for' (a thing hailed or moved, 'called a
cab', is ``handled_objects``'s, but for 'called a tow truck', which the parser reads as the verb's predicate; a score
given up, 'conceded a free kick', is ``scores``'; an official's signal of a game's award or stop only, not 'signalled
support'; a part, not 'voiced concern'). The object is a noun of ``taken_objects.txt`` tagged with the verb, and the
verb has no clause, no second object and no particle, so nothing is asserted or named (not 'claimed the seat was
rigged', 'called the timeout a mistake', 'called off the recess'). A thing tagged '+bare' is one only with no noun
before it: 'claimed a battery life of 30 hours' gives a product's span, a figure claimed, not lives taken. A word the
parser split at its hyphen is read whole ('called a time-out': 'time', '-', 'out').
A passive's subject is its thing as an object is ('The hymn was written by a retired organist', 'Three lives were
claimed'), and a title in quotation marks is a work written ('"Lights Along the Shore" was written by X'). 'Order' with
a counted object is goods bought (``stock_orders``: 'The airline ordered 40 aircraft')."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import tagged
from .kids import children_of
from .stock_orders import counted_stock

#: what besides the object makes the verb say something ('called X Y', 'claimed X was Y', 'called off X')
_SAYING_DEPS = frozenset(["ccomp", "xcomp", "oprd", "attr", "dative", "prt", "acomp"])
#: the verbs and the tag of their things in ``taken_objects.txt``
_VERBS = frozenset(["claim", "call", "signal", "voice", "admit", "report", "post", "sign", "sing", "say", "confirm", "hit",
                    "see", "write", "order", "acknowledge", "declare", "withdraw", "record", "cast"])
#: what a predicate the parser made of the object may hold and still be a bare thing ('called a tow truck')
_BARE = frozenset(["det", "compound", "amod"])


def taken_thing(verb: Token) -> bool:
    """Whether ``verb`` is a verb of the module whose only object is a thing taken or ordered (see the module)."""
    lemma = verb.lemma_.lower()
    if lemma not in _VERBS:
        return False
    children = list(children_of(verb))
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects and verb.tag_ == "VBN":  # ('The hymn was written by a retired organist': the passive's thing)
        objects = [c for c in children if c.dep_ == "nsubjpass"]
    if not objects and not any(c.dep_ == "nsubjpass" for c in children):
        # ('called time on his career': the parser reads a lone bare object as the verb's predicate; not a count of
        # times, 'called him "X" multiple times')
        objects = [c for c in children if c.dep_ == "oprd" and c.tag_ == "NN" and all(
            g.dep_ in _BARE or g.tag_ == "HYPH" for g in c.children)]
        children = [c for c in children if c.dep_ != "oprd"]
    if not objects:
        # ('called for the ball', 'reported for duty': the thing is the object of 'for', tagged '+call_for')
        objects = [g for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        lemma += "_for"
    if any(c.dep_ in _SAYING_DEPS for c in children):
        return False
    things = tagged("attribution/taken_objects", lemma)
    if len(objects) == 1 and counted_stock(verb, objects[0]):
        return True  # ('The airline ordered 40 aircraft': goods bought)
    if len(objects) != 1 or any(c.dep_ in ("acl", "relcl", "appos") and not _rate(c) for c in objects[0].children):
        return False
    thing = objects[0]
    if thing.pos_ in ("NOUN", "NUM") and _name(thing) not in things:
        # ('claimed dozens of lives', 'claimed hundreds of lives': the thing after a count's 'of')
        thing = next((g for c in thing.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"), thing)
    if lemma == "confirm" and not any(t.dep_ == "prep" and t.lower_ in ("with", "by") for t in verb.subtree if t.i > thing.i):
        return False  # (a place made sure of by a result, 'with a 2-0 win'; 'The club confirmed his place in the squad' tells it)
    if lemma == "write" and thing.dep_ == "nsubjpass" and _quoted_title(thing):
        return True  # ('"Lights Along the Shore" was written by X': a work's title, no words of X's)
    # (a thing's name capitalised and tagged a proper noun, no one's: 'said Mass in the chapel')
    name = _name(thing)
    return (thing.pos_ == "NOUN" or thing.pos_ == "PROPN" and not thing.ent_type_) and name in things and not (
        name in tagged("attribution/taken_objects", "bare") and any(c.dep_ == "compound" for c in thing.children))


def _name(thing: Token) -> str:
    """The thing's lemma, with the word the parser split off before a hyphen ('a time-out': 'time-out')."""
    doc, i = thing.doc, thing.i
    if i >= 2 and doc[i - 1].tag_ == "HYPH" and doc[i - 2].head.i == i and doc[i - 1].head.i == i:
        return f"{doc[i - 2].lower_}-{thing.lemma_.lower()}"
    return thing.lemma_.lower()


def _quoted_title(word: Token) -> bool:
    """A phrase in quotation marks and title case, small words aside ('"Lights Along the Shore"'; not '"We will win"')."""
    doc, left, right = word.doc, word.left_edge.i, word.right_edge.i
    return left > 0 and right + 1 < len(doc) and doc[left - 1].is_quote and doc[right + 1].is_quote and (
        doc[left].is_title and all(t.is_title or t.is_stop and t.is_lower or not t.is_alpha for t in doc[left:right + 1]))


def _rate(word: Token) -> bool:
    """'forty patients a shift': a bare 'a' or 'per' and a noun right after the object, the parser's apposition, is a rate."""
    return word.dep_ == "appos" and [c.lower_ for c in word.children] in (["a"], ["an"], ["per"], ["each"]) and (
        word.i == word.head.i + 2)
