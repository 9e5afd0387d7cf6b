"""A verb of saying's clause that the parser hung on a time clause set between them, mended in
place before the rules run (``mends``).

'The mayor said while speaking to reporters that the budget would pass': the parser may hang the
clause opened by 'that' on 'speaking' (so 'speaking' looks like the cue: 'told reporters while
visiting the plant that X', 'said when talking to supporters that Y'), or hang 'while speaking
to reporters' inside the clause (so it looks like part of what was said). A participle with
'while' or 'when' right after a verb of saying, its phrase ending at the 'that' of the clause,
only says on what occasion the words were said: the clause is the verb of saying's, and so is
the time clause (also when the parser read that 'that' as the object of the clause it opens).
Not when the verb of saying has a clause of its own already, nor when the
participle is itself a verb of saying ('said while insisting that X': the clause is that verb's)
unless it names whom it was said to ('said when talking to supporters that Y').
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import places, words_of

#: the words that open a time clause of a participle ('while speaking', 'when asked')
_MARKS = frozenset(["while", "when"])
#: how far after the mark the clause's 'that' may come
_REACH = 10


def occasion_clauses(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that give each such clause to the verb of saying, with the
    time clause beside it; none when there is no such clause."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in places(words.lower, _MARKS, 0, len(words.lower)):  # (found in C: those words only)
        if i + 1 >= len(doc) or words.tag[i + 1] != "VBG" or words.dep[i + 1] != "advcl":
            continue  # (no Token made)
        participle = doc[i + 1]
        # the participle's phrase ends at the clause's 'that' (a few words, no punctuation: 'to reporters')
        that = next((k for k in range(i + 2, min(len(doc), i + _REACH)) if words.lower[k] == "that" or words.pos[k] == "PUNCT"),
                    None)
        if that is None or words.lower[that] != "that" or not opens_clause(doc, that):
            continue
        clause = words.head[that]
        verb = participle.head.i if participle.head.i < i else words.head[clause]
        # the participle hangs on the verb of saying (and the clause on it), or inside the clause
        if verb >= i or words.dep[clause] != "ccomp" or words.head[clause] not in (participle.i, verb) or (
                words.head[clause] == verb and participle.head.i != clause):
            continue
        lex = lex or active_lexicon()
        if words.lemma[verb].lower() not in lex.speech or words.lemma[participle.i].lower() in lex.cue_verbs and not any(
                c.dep_ == "prep" and c.lower_ in ("to", "with") for c in participle.children):
            continue  # ('said while insisting that X': the clause is the participle's; not 'when talking to supporters')
        if any(c.dep_ == "ccomp" and c.i != clause for c in doc[verb].children):
            continue  # (the verb of saying has its clause already)
        heads[clause], deps[clause] = verb, "ccomp"
        heads[that], deps[that] = clause, "mark"  # (a 'that' read as the clause's object opens it)
        heads[participle.i], deps[participle.i] = verb, "advcl"
    return heads, deps


def opens_clause(doc: Doc, that: int) -> bool:
    """Whether the 'that' at ``that`` opens its clause: its mark, or read as the object of a
    clause whose first word it is and which has a subject of its own ('said while touring the town
    that aid would come': 'that' taken for a relative pronoun)."""
    token = doc[that]
    if token.dep_ == "mark":
        return True
    clause = token.head
    return token.dep_ == "dobj" and clause.left_edge.i == that and any(c.dep_ == "nsubj" for c in clause.children)
