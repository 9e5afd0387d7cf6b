"""A subject's role that the parser hung as an apposition on the last noun of a phrase opening the sentence,
mended in place before the rules run (``mends``).

'Speaking to The Hindu, the city's chief engineer Ravi Kumar said X': the parser may read 'the city's chief
engineer' as a second name of 'The Hindu', set off by the comma that in fact closes the opening phrase, and
leave 'Ravi Kumar' alone as the verb's subject, so the source loses the role. A common noun set off by that
comma after a phrase that hangs on the verb before its subject, whose words run right up to a person's name
that is the verb's subject, is that name's role: it becomes the subject, the name its apposition (as
``doubled_subjects`` reads 'The city's chief engineer Ravi Kumar said X' with no phrase before it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import words_of

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def opening_phrase_roles(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such role its verb's subject; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i, dep in enumerate(words.dep):
        if dep != "appos" or words.pos[i] != "NOUN" or words.head[i] >= i:
            continue  # (no Token made)
        role = doc[i]
        start, end = role.left_edge.i, role.right_edge.i
        if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "," or not role.is_lower:
            continue
        name = doc[end + 1].head
        verb = name.head
        if (name.dep_ not in _SUBJECTS or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.left_edge.i != end + 1
                or not name.i < verb.i or any(c.dep_ not in ("compound", "punct") for c in name.children)):
            continue
        opening = role.head
        while opening.head.i != verb.i and opening.head.i != opening.i:
            opening = opening.head
        if opening.head.i != verb.i or opening.dep_ in _SUBJECTS or opening.i > start:
            continue  # (only a phrase of the verb's own, opening the sentence before the role)
        heads[role.i], deps[role.i] = verb.i, name.dep_
        heads[name.i], deps[name.i] = role.i, "appos"
    return heads, deps
