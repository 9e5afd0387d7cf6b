"""A speaker's home town after a verb of saying that comes before its speaker, mended in place before the rules
run (``mends``): '"Great value," says Jo from Leeds', '"X," said Ken Hall from Otley.' The parser hangs 'from
Leeds' on the verb, so the source stops at the name, where PolNeAR's source is the whole phrase ('a teacher
from Mount Pleasant'). A 'from' phrase with a capitalised name for its object, right after the subject that
follows its verb and closing the sentence, is the subject's. Not one before the subject ('said from Washington
that X'), nor one with a word in lower case ('says Jo from experience'), nor one with more words after it."""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import places, words_of

_FROM = frozenset(["from"])


def hometowns(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that hang each such 'from' phrase on the subject before it; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in places(words.lower, _FROM, 0, len(words.lower)):  # (found in C: those words only)
        if words.dep[i] != "prep" or i + 1 >= len(doc):
            continue  # (no Token made)
        prep = doc[i]
        verb = prep.head
        if verb.pos_ != "VERB" or verb.i > i:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < i), None)
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if subject is None or place is None or subject.right_edge.i + 1 != i or not (place.pos_ == "PROPN" or place.is_title):
            continue
        end = place.right_edge.i + 1
        if not all(t.is_punct or t.is_space for t in doc[end : prep.sent.end]):
            continue
        heads[i], deps[i] = subject.i, "prep"
    return heads, deps
