"""Objects that are what a verb of saying says, for verbs whose object in general is not: a story
told ('told the story of how X', 'Fox told a different tale', 'told a joke') and a charge brought
('charged the officer with murder'). 'tell' takes the one addressed for its object ('told CNN')
and 'charge' a price or a battery, so ``objects.objects_content`` keeps neither's object; a
narrative noun after 'tell', or a 'with' phrase after the one 'charge' names, says that this
object is the report."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .syntax import subtree_span

#: what one tells that is a report in itself ('told the story of X', 'tells one joke about Y')
_NARRATIVES = frozenset(["story", "stories", "tale", "tales", "joke", "jokes", "anecdote", "anecdotes"])
_POINTING = frozenset(["that", "this", "these", "those"])


def told_object(lemma: str, verb: Token, objects: list[Token]) -> tuple[int, int] | None:
    """The span of the object a verb of saying tells or charges, None when it has no such object."""
    if lemma != "tell" and lemma != "charge":
        return None  # (the two verbs below: tested before the children are walked)
    if not objects or objects[0].i < verb.i or any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb)):
        return None  # 'a chance to tell their own story', 'a monument dedicated to tell the story of X': not told yet
    obj = objects[0]
    if any(c.dep_ == "det" and c.lower_ in _POINTING for c in obj.children):
        return None  # 'told me that story himself': one told before, named again
    if lemma == "tell" and obj.lower_ in _NARRATIVES:
        # (not 'told the story she had heard as a child', whose clause is no report, nor a bare 'told jokes')
        if any(c.dep_ in ("relcl", "acl") for c in obj.children) or not any(
                c.dep_ in ("det", "poss", "nummod", "prep") for c in obj.children):
            return None
        return subtree_span(obj)
    charge = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with" and c.i > obj.right_edge.i), None)
    if lemma != "charge" or charge is None or not any(c.dep_ in ("pobj", "pcomp") for c in charge.children):
        return None
    if any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in verb.doc[verb.i + 1 : charge.i]):
        return None  # 'charged customers $5 with every order': a price
    return subtree_span(obj)[0], subtree_span(charge)[1]  # 'charged Zimmerman with second-degree murder'
