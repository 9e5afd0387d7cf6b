"""A subject's role that the parser hung as an apposition on the last noun of a phrase opening the sentence,
mended in place before the rules run (``mends``).

'Speaking to The Hindu, the city's chief engineer Ravi Kumar said X': the parser may read 'the city's chief
engineer' as a second name of 'The Hindu', set off by the comma that in fact closes the opening phrase, and
leave 'Ravi Kumar' alone as the verb's subject, so the source loses the role. A common noun set off by that
comma after a phrase that hangs on the verb before its subject, whose words run right up to a person's name
that is the verb's subject, is that name's role: it becomes the subject, the name its apposition (as
``doubled_subjects`` reads 'The city's chief engineer Ravi Kumar said X' with no phrase before it).

With the name set off by commas too ('Speaking on Radio Nord's Politics Hour, his deputy, Hanne Sivertsen,
said X') the parser hangs the name on the role and leaves the verb right after them with no subject (or takes
the opening participle for it, its clausal subject or its subject: 'Interviewed on Channel 9, the port's chief
executive, Rhona Kyle, said X'): the role becomes the subject, the participle the verb's clause again. So
when the parser hangs the role alone on the phrase and keeps the name set off after it as the verb's subject
('Speaking to Radio Orm, the club's captain, Dan Tully, said X').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .tables import positions, words_of

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def opening_phrase_roles(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such role its verb's subject; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in positions(words.dep, "appos", 0, len(words.dep)):  # (found in C: the 'appos' words only)
        if words.pos[i] != "NOUN" or words.head[i] >= i:
            continue  # (no Token made)
        role = doc[i]
        start, end = role.left_edge.i, role.right_edge.i
        if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "," or not role.is_lower:
            continue
        if doc[end + 1].text == ",":
            _set_off_name(role, heads, deps)
            # ('Speaking to Radio Orm, the club's captain, Dan Tully, said X': the name set off, the verb's subject)
            if role.i not in heads and end + 2 < len(doc):
                _role_of(role, end + 2, heads, deps)
            continue
        _role_of(role, end + 1, heads, deps)
    return heads, deps


def _role_of(role: Token, at: int, heads: dict[int, int], deps: dict[int, str]) -> None:
    """The role, set off after the opening phrase, made the subject of its verb when the name opening at ``at``
    is that subject (set off by commas when a comma comes before it), the name its apposition."""
    doc = role.doc
    name = doc[at].head
    verb = name.head
    if (name.dep_ not in _SUBJECTS or name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.left_edge.i != at
            or not name.i < verb.i or any(c.dep_ not in ("compound", "punct") for c in name.children)
            or doc[at - 1].text == "," and (name.i + 1 >= len(doc) or doc[name.i + 1].text != ",")):
        return
    opening = role.head
    while opening.head.i != verb.i and opening.head.i != opening.i:
        opening = opening.head
    if opening.head.i != verb.i or opening.dep_ in _SUBJECTS or opening.i > role.left_edge.i:
        return  # (only a phrase of the verb's own, opening the sentence before the role)
    heads[role.i], deps[role.i] = verb.i, name.dep_
    heads[name.i], deps[name.i] = role.i, "appos"


def _set_off_name(role: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """'Speaking at the Oslo Forum, the club's chairman, Lars Moe, said X': the role, whose last words are a
    person's name set off by commas, the subject of the verb right after them, which has none."""
    doc = role.doc
    end = role.right_edge.i
    name = doc[end]
    while name.head.i != role.i and name.head.i != name.i and name.head.i > role.i:
        name = name.head
    verb = doc[end + 2] if end + 2 < len(doc) else None
    if verb is None:
        return
    opening = role.head
    while opening.head.i != verb.i and opening.head.i != opening.i:
        opening = opening.head
    # (the opening participle read as the verb's subject: 'Interviewed on Channel 9's Nightly, the port's chief
    # executive, Rhona Kyle, said X')
    misread = opening.dep_ in _SUBJECTS and opening.tag_ in ("VBN", "VBG") and opening.i == opening.sent.start
    if (verb.pos_ != "VERB" or name.head.i != role.i or name.dep_ != "appos" or name.pos_ != "PROPN"
            or name.ent_type_ != "PERSON" or doc[name.left_edge.i - 1].text != ","
            or any(c.dep_ in _SUBJECTS and not (misread and c.i == opening.i) for c in verb.children)):
        return
    if opening.head.i != verb.i or opening.left_edge.i != opening.sent.start or opening.i > role.left_edge.i:
        return  # (only a phrase of the verb's own opening the sentence before the role)
    heads[role.i], deps[role.i] = verb.i, "nsubj"
    if opening.dep_ == "csubj" or misread:
        deps[opening.i] = "advcl"
        heads[opening.i] = verb.i
