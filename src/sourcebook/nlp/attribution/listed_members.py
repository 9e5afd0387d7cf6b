"""Whether words set off by a comma after a content's last noun, which the parser read as an apposition, are
the next members of a list the content goes on with ('called for fairness, the closure of loopholes and relief
for families', 'described himself as the first gentleman, first husband or even first dude'): not a description
of that noun ('praised the coach, a former player and longtime scout'), which ``tails.drop_trailing_apposition``
cuts off as the writer's.

A list's next member has a determiner of its own ('differ on taxes, the deal and the court') or opens with a
number ('a roof, a lift and three classrooms'); or the noun before the comma is a member after a comma itself
('stole jewellery, two cars, a motorbike and cash'); or the noun before the comma is a common noun no entity
names, the member after it opens with no 'a' or 'an' (a description's usual article), and a last member
follows: joined by 'or', or by 'and' to the object of the member's preposition (the parser hangs 'and relief'
on 'loopholes' in 'the closure of loopholes and relief'; not deeper: 'welcomed the ruling, the end of a long
fight for the tenants and their families' describes the ruling).

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

_NOUNS = ("NOUN", "PROPN")
_INDEFINITE = frozenset(["a", "an"])


def next_members(head: Token) -> bool:
    """Whether ``head``, a noun the parser made an apposition, heads the next members of a list."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos")]  # 'the player Willie Mays and ...'
    if any(c.dep_ == "conj" and (any(g.dep_ in ("det", "poss") for g in c.children) or _counted(c))
           for noun in nouns for c in noun.children):
        return True
    if _third_member(head):
        return True
    anchor = head.head
    if anchor.pos_ != "NOUN" or anchor.ent_type_ or head.pos_ != "NOUN" or head.ent_type_ or any(
            c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children):
        return False
    for conj in head.subtree:
        if conj.dep_ != "conj" or conj.pos_ not in _NOUNS or conj.i < head.i:
            continue
        cc = next((c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i), None)
        if cc is None:
            continue
        if cc.lower_ == "or" and conj.head.i == head.i or cc.lower_ == "and" and conj.head.i != head.i and (
                _in_the_phrase(conj.head, head)):
            return True
    return False


def _counted(member: Token) -> bool:
    """Whether a last member opens with a number, as the members of a list of counts do ('paid for a new roof, a
    lift and three classrooms', 'reach 38C in Seville, 36C in Cordoba and 35C in Madrid')."""
    return any(g.dep_ == "nummod" for g in member.children) or member.text[:1].isdigit()  # (not 'a 30-year veteran')


def _third_member(head: Token) -> bool:
    """Whether the noun before the comma is itself a list's member after a comma ('stole jewellery, two cars, a
    motorbike and cash'): a description follows a single noun."""
    anchor = head.head
    return anchor.dep_ == "conj" and anchor.pos_ in _NOUNS and anchor.left_edge.i > 0 and (
        anchor.doc[anchor.left_edge.i - 1].text == "," and anchor.head.pos_ in _NOUNS)


def _in_the_phrase(noun: Token, head: Token) -> bool:
    """Whether ``noun`` is the object of a preposition on ``head`` ('the closure of loopholes and relief'): not
    deeper ('the end of a long fight for the tenants and their families' describes), nor inside a clause on it."""
    prep = noun.head
    return noun.dep_ == "pobj" and noun.pos_ in _NOUNS and prep.dep_ == "prep" and prep.head.i == head.i
