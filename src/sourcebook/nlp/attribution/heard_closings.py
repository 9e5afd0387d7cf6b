"""A clause set before a passive 'was heard to say' that closes its sentence, mended before the rules read the parse
(``mends``).

'"This town will be poorer for it," she was heard to say as she left.': the parser hangs the clause on the passive
'heard', whose 'to say' then has nothing to report, and no record is made (opening the sentence, 'She was heard to
say X', the clause is the infinitive's already). The words are the infinitive's, as in 'X, the minister was quoted as
saying' (``quoted_closings``): such a clause, before the passive's subject, goes on the infinitive of a passive of
perceiving (``heard_passives.txt``: 'heard', 'overheard') right after it, when the infinitive holds no words of its
own ('was heard to say so', 'to say that X': its own)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..lexicon import word_set
from .arcs import Arcs
from .tables import positions, words_of

#: what the infinitive may hold besides its 'to': when, where, how it was said ('as she left', 'quietly')
_ASIDES = frozenset(["aux", "advcl", "advmod", "prep", "npadvmod", "punct"])


def heard_closings(doc: Doc) -> Arcs:
    """The arcs that hang each such clause on its infinitive; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    perceiving = word_set("attribution/heard_passives")
    for i in positions(words.dep, "xcomp", 3, len(doc)):
        said = doc[i]
        verb = said.head
        if said.tag_ != "VB" or doc[i - 1].lower_ != "to" or verb.i > i or verb.lemma_.lower() not in perceiving:
            continue
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ not in _ASIDES or c.dep_ != "aux" and c.i < i for c in said.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and subject is not None
                       and c.i < subject.left_edge.i), None)
        if clause is not None:
            heads[clause.i], deps[clause.i] = i, "ccomp"
    return heads, deps
