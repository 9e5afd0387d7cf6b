"""A name right after the common noun a preposition holds, which the parser hung on the clause
beyond the phrase, mended in place before the rules run (``mends``).

'According to the state news agency KNA, the president ordered X', 'according to the newspaper
Siluk Daily, X': the parser may hang the name ('KNA', 'Siluk Daily') on 'according' or on the
sentence's verb, so the source stops at the noun ('the state news agency') and the content opens
with the name. A body's or a person's name whose words run from right after the noun that ends a
preposition's object up to a comma, and whose head lies outside that object, names the noun: it is
the noun's apposition (as ``doubled_subjects`` reads 'The charity Harvest Aid said X'). So up to the
'that' opening a reported clause, where the parser may read the name as a clause of the verb of its
own: 'said in remarks carried by the state news agency Veska that X'.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import positions, words_of

#: the kinds of name that name a noun ('the agency KNA', 'the analyst Kaspar Lind'; the NER may take a made-up
#: outlet's name for a place: 'the outlet Sawt'), not a time after it ('the ministry Tuesday')
_NAMES = frozenset(["ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"])
#: the relations of a name that is a verb's own subject or object
_ARGUMENTS = frozenset(["nsubj", "nsubjpass", "dobj", "iobj"])


def named_objects(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that hang each such name on its noun; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in positions(words.dep, "pobj", 1, len(doc) - 2):
        if words.pos[i] != "NOUN" or words.text[i] != words.lower[i] or words.pos[i + 1] != "PROPN":
            continue  # (no Token made)
        end = i + 1
        while end < len(doc) and words.pos[end] == "PROPN" and words.text[end][:1].isupper():
            end += 1
        if end >= len(doc) or not (words.text[end] == "," or (words.lower[end] == "that" and words.dep[end] == "mark")):
            continue
        noun = doc[i]
        if noun.right_edge.i != i or doc[i + 1].ent_type_ not in _NAMES:
            continue
        tops = [k for k in range(i + 1, end) if not i < words.head[k] < end]
        if len(tops) != 1:
            continue
        top = doc[tops[0]]
        if noun.left_edge.i <= top.head.i <= i or any(not i < c.i < end for c in top.children):
            continue  # (already the noun's, or holds more than the name)
        if top.dep_ in _ARGUMENTS:
            continue  # ('After the meeting Trump, meanwhile, said X': the verb's subject, no name of the meeting)
        heads[top.i], deps[top.i] = i, "appos"
    return heads, deps
