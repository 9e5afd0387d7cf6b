"""A ruling's state set right on its object, which the parser read as an adjective after the noun:
'The judge ruled the confession inadmissible', 'The coroner ruled the death accidental' (the
adjective hung on the object as its modifier, ``amod``, where 'declared the result void' gets a
clause). English sets an adjective after its noun only in a few fixed forms ('the people
responsible'), so after a verb of ruling the object with its closing adjective is the judgement, the
content PolNeAR gives 'declared X Y'; the verb's subject is the source. Only the verbs of
``RULING_VERBS``: 'painted the fence white', 'kept the room warm' judge nothing. Tried by
``objects.objects_content`` before the object alone."""

from __future__ import annotations

from spacy.tokens import Token

from .syntax import subtree_span

#: verbs whose object with an adjective after it is a judgement ('ruled the search unlawful')
RULING_VERBS = frozenset(["rule", "declare", "pronounce", "deem", "judge"])


def ruled_state(verb: Token, lemma: str, objects: list[Token]) -> tuple[int, int] | None:
    """The object and its state of a verb of ruling ('ruled the evidence inadmissible'), None for any
    other form. The parser reads the state as the object's modifier, as a modifier of the verb set
    after the object ('ruled the search unlawful'), or makes it the object itself with the noun as its
    compound ('ruled the dismissal unfair'; an '-ing' state read as a noun, 'ruled the advert misleading')."""
    if lemma not in RULING_VERBS or not objects or objects[0].i < verb.i:
        return None
    obj = objects[0]
    doc = verb.doc
    if (obj.tag_ == "JJ" or obj.tag_ == "NN" and obj.lower_.endswith("ing")) and any(
            c.dep_ == "compound" and c.i == obj.i - 1 for c in obj.children):
        state = obj  # ('the dismissal unfair' read as an adjective, 'the advert misleading' as a noun, a noun before it)
    elif obj.right_edge.dep_ == "amod" and obj.right_edge.head.i == obj.i and obj.right_edge.i == obj.i + 1:
        state = obj.right_edge
    elif obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].head.i == verb.i:
        state = doc[obj.right_edge.i + 1]  # (the state hung on the verb past the object)
    else:
        return None
    after = doc[state.right_edge.i + 1] if state.right_edge.i + 1 < len(doc) else None
    if state.tag_ != "JJ" and state.i != obj.i or after is not None and not (after.is_punct or after.pos_ in ("SCONJ", "CCONJ")):
        return None  # (an adjective closing the clause or its part: not 'ruled the people responsible liable')
    start = subtree_span(obj)[0]
    last = state.right_edge
    return (start, last.idx + len(last))
