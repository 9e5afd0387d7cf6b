"""A speaker's 'for his part' set off by commas that the parser hung on the speaker's name, mended in
place before the rules run (``mends``).

'Agriculture Secretary Dante Ramos, for his part, assured that X': the parser may hang 'for his part'
(and the commas around it) on the subject's name, so the source runs on over it ('Dante Ramos, for his
part'). The phrase ('for his part', 'on their part') only sets the speaker against the one before; it
is the verb's, not the name's: with its commas it goes on the verb the name is the subject of.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import positions, words_of

#: the prepositions of the phrase ('for her part', 'on its part')
_PREPOSITIONS = frozenset(["for", "on"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def set_off_parts(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that give each such phrase and its commas to the subject's verb;
    none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in positions(words.lower, "part", 3, len(doc) - 1):
        prep, comma, after = i - 2, i - 3, i + 1
        if (words.dep[i] != "pobj" or words.head[i] != prep or words.lower[prep] not in _PREPOSITIONS
                or words.dep[i - 1] != "poss" or words.text[comma] != "," or words.text[after] != ","):
            continue  # (no Token made)
        name = doc[words.head[prep]]
        if name.dep_ not in _SUBJECTS or not name.i < comma < name.head.i:
            continue
        verb = name.head.i
        heads[prep], deps[prep] = verb, "prep"
        for mark in (comma, after):
            if words.head[mark] == name.i:
                heads[mark], deps[mark] = verb, "punct"
    return heads, deps
