"""A verb of saying's clause that the parser hung on an occasion clause set off by commas between
them, mended in place before the rules run (``mends``).

'The coach told players, when asked, that he would stay': the parser may hang the clause opened by
'that' on 'asked', so 'asked' looks like the cue with no source and 'told' loses what was told. A
participle after 'when', 'once' or 'while', set off by commas right after a verb of saying and
its object ('told players, when pressed about it,') with the closing comma right before the 'that' of the
clause, only says when the words were said: the clause is the verb of saying's (not after 'if', a
condition that may be part of what was said: ``set_off_clauses``). Not when the verb of
saying has a clause of its own already, nor for an '-ing' form that is itself a verb of saying
('said, while insisting, that X': the clause is that verb's); ``occasion_clauses`` takes the same
form with no commas ('said while speaking to reporters that X').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .occasion_clauses import opens_clause
from .tables import places, words_of

#: the words that open a set-off clause of a participle ('when asked', 'once pressed')
_MARKS = frozenset(["when", "once", "while"])
#: how far after the mark the closing comma may come
_REACH = 10


def set_off_occasions(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that give each such clause to the verb of saying; none when
    there is no such clause."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in places(words.lower, _MARKS, 0, len(words.lower)):  # (found in C: those words only)
        if (i < 2 or i + 2 >= len(doc) or words.lower[i - 1] != ","
                or words.tag[i + 1] not in ("VBN", "VBG") or words.dep[i + 1] != "advcl"):
            continue  # (no Token made)
        participle = doc[i + 1]
        verb = participle.head.i
        # the participle's phrase ends at a comma right before the clause's 'that' (no other mark)
        comma = next((k for k in range(i + 2, min(len(doc) - 1, i + _REACH)) if words.pos[k] == "PUNCT"), None)
        if comma is None or words.lower[comma] != "," or words.lower[comma + 1] != "that" or not opens_clause(doc, comma + 1):
            continue
        clause = words.head[comma + 1]
        if verb >= i or words.head[clause] != participle.i or words.dep[clause] != "ccomp":
            continue
        lex = lex or active_lexicon()
        if words.lemma[verb].lower() not in lex.speech or participle.tag_ == "VBG" and participle.lemma_.lower() in lex.cue_verbs:
            continue  # ('said, while insisting, that X': the clause is the participle's)
        if any(c.dep_ == "ccomp" for c in doc[verb].children):
            continue  # (the verb of saying has its clause already)
        heads[clause], deps[clause] = verb, "ccomp"
        heads[comma + 1], deps[comma + 1] = clause, "mark"  # (a 'that' read as the clause's object opens it)
    return heads, deps
