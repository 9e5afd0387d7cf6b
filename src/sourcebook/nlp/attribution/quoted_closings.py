"""A clause set before a passive 'was quoted as saying' that closes its sentence, mended before the rules read the
parse (``mends``).

'The tax would go, the minister was quoted as saying.': the parser hangs the clause on the passive 'quoted', whose
'as saying' then has nothing to report, and no record is made (with quotation marks, '"X," he was quoted as
saying', the quotation finds its cue; opening the sentence, 'He was quoted as saying X', the clause is the
participle's). The words said are the participle's: such a clause, before the passive's subject, goes on the
'saying' of a passive with 'as' right after it or after its agent ('was quoted by the paper as saying'), when the
participle holds nothing but a time or a place after it (``relays.RELAYING``: 'quoted', 'cited', 'reported';
in 'X, the minister was reported as saying.' the parser may hang the clause on 'saying' already).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .arcs import Arcs
from .relays import RELAYING
from .tables import positions, words_of


def quoted_closings(doc: Doc) -> Arcs:
    """The arcs that hang each such clause on its 'saying'; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i in positions(words.dep, "pcomp", 3, len(doc)):
        saying = doc[i]
        as_ = saying.head
        verb = as_.head
        if saying.tag_ != "VBG" or as_.lower_ != "as" or as_.i != i - 1 or verb.i > as_.i or any(
                not any(a.dep_ == "agent" and a.head.i == verb.i for a in (t, *t.ancestors)) for t in doc[verb.i + 1 : as_.i]):
            continue  # (only its agent between: 'was quoted by the Courier as saying')
        if verb.lemma_.lower() not in RELAYING or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ not in ("prep", "npadvmod") or c.i < i for c in saying.children):
            continue  # ('was quoted as saying so', '... as saying that X': its own words)
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and subject is not None
                       and c.i < subject.left_edge.i), None)
        if clause is not None:
            heads[clause.i], deps[clause.i] = i, "ccomp"
    return heads, deps
