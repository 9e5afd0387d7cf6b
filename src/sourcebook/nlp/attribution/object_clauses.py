"""The subject of a reported clause read as the object of the verb of saying or thinking before it,
mended in place before the rules run (``mends``).

'Half of them said they feared a longer winter would mean higher bills': the parser may read 'a longer
winter' as the object of 'feared' and hang 'would mean higher bills' on the verb above as a clause of its
own, with no subject, so the report of 'feared' is cut to its object and the content of 'said' split in
two. A clause that opens with a modal or a finite auxiliary right after the object of a cue verb (a verb of
saying, believing or stance), has no subject of its own and hangs on that verb or on the verb above it,
is the reported clause, and the object its subject. Not a clause with its own subject ('feared the
worst, and she would know'), nor one set off by punctuation or 'that', nor an object with words of its
own after it ('told reporters at the scene would' has none of this shape: the clause must open right
after the object's last word).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import positions, words_of

#: how the parser hung the subjectless clause
_HUNG = frozenset(["ccomp", "conj", "dep", "advcl"])
#: a modal or a finite auxiliary, which opens a clause with a subject ('would', 'will', 'has', 'was')
_FINITE = frozenset(["MD", "VBZ", "VBP", "VBD"])
_SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "expl", "mark"])


def object_clauses(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such object its clause's subject and the clause the
    cue verb's; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in positions(words.dep, "dobj", 0, len(words.dep)):  # (found in C: the 'dobj' words only)
        if i + 1 >= len(doc) or words.tag[i + 1] not in _FINITE or words.dep[i + 1] not in ("aux", "auxpass"):
            continue  # (no Token made; not 'held a call to defend X': an infinitive of purpose)
        obj = doc[i]
        verb = obj.head
        if obj.right_edge.i != i or verb.i > i or verb.pos_ not in ("VERB", "AUX"):
            continue
        lex = lex or active_lexicon()
        if verb.lemma_.lower() not in lex.cue_verbs:
            continue
        clause = doc[i + 1].head
        if (clause.i <= i + 1 or clause.dep_ not in _HUNG or clause.head.i not in (verb.i, verb.head.i)
                or clause.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in clause.children)
                or doc[i + 1].head.i != clause.i or any(t.is_punct for t in doc[i + 1 : clause.i])):
            continue
        heads[i], deps[i] = clause.i, "nsubj"
        heads[clause.i], deps[clause.i] = verb.i, "ccomp"
    return heads, deps
