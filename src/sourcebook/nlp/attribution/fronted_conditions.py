"""A cue clause set after a fronted condition or time clause, before the sentence's verb:

    If anything, the auditor argued in her letter, the delay shows why the rules must change.
    When the vote comes, she warned on Sunday, most members will abstain.

The parser hangs the cue on the main verb as its complement and the opening 'If' / 'When'
clause on the cue, so the cue looks like a verb with a clause of its own before it. It is an
aside: it reports the sentence around it, the opening clause and the main clause
(``asides.parenthetical``). Only a finite cue with its subject right after the opening clause's
comma, a comma closing it before the main verb, and no complement or object of its own; a verb
of saying (``asides`` checks), not one in the first or second person ("When I read it, I thought
X"). On PolNeAR train: 3 records, 3 right. Also when the parser set the cue beside the main
clause (parataxis) with the opening clause hung on it ('When he stood up, he said, the stall was
gone'): 2 more records on train, both right.
"""

from __future__ import annotations

from spacy.tokens import Token


def fronted_condition(verb: Token) -> Token | None:
    """The subject of a cue clause set between a fronted clause it was given and the main
    verb ('If X, the auditor argued, Y'); None when ``verb`` is no such cue."""
    doc = verb.doc
    if verb.dep_ not in ("ccomp", "parataxis") or verb.i > verb.head.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    # (the comma closing the cue clause: after it, or its last word when the parser read the cue as set
    # beside the main clause: 'When X, he said, Y')
    closing = verb.right_edge.i if verb.dep_ == "parataxis" and doc[verb.right_edge.i].text == "," else verb.right_edge.i + 1
    if closing >= verb.head.i or doc[closing].text != ",":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "mark", "aux", "neg") for c in children):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    opening = next((c for c in children if c.dep_ == "advcl" and c.i < verb.i), None)
    if subject is None or opening is None or opening.right_edge.i >= subject.left_edge.i or subject.lower_ in ("i", "we", "you"):
        return None
    if opening.left_edge.i != verb.left_edge.i or not any(g.dep_ in ("mark", "advmod") and g.i == opening.left_edge.i
                                                         for g in opening.children):
        return None  # (the clause opens the cue's words: 'If X', 'When X')
    if doc[subject.left_edge.i - 1].text != ",":
        return None
    return subject
