"""A passive verb of saying with the expletive 'it' and an agent, whose clause opened by 'that' the parser hung on
the agent's noun, mended before the rules read the parse (``mends``).

'It was claimed by opposition councillors that the report had been kept from residents': the parser may read
'councillors that the report had been kept' as a noun with a relative clause, and the verb of saying is left
with no clause (no report at all; the same words with no agent, 'It was claimed that X', are read right). A
relative clause has a gap where its noun goes; a clause opened by the marker 'that' (not the relative pronoun)
with a subject of its own has none, and after 'It was V-ed by X' it is what the expletive stands for. So such
a clause hung on the noun of the agent of a passive cue verb whose subject is 'it' is that verb's complement,
and the agent its source ('It was alleged by tenants that X'). Not a relative clause with its gap ('It was
built by the firm that won the bid'): its 'that' is the clause's subject or object, no marker.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .arcs import Arcs
from .lexicon import active_lexicon
from .tables import positions, words_of

_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def agent_clauses(doc: Doc) -> Arcs:
    """The arcs that hang each such clause on the passive verb as its complement; none when there is none."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    lex = None
    for i in (*positions(words.dep, "relcl", 4, len(doc)), *positions(words.dep, "acl", 4, len(doc))):
        clause = doc[i]
        noun = clause.head
        agent = noun.head
        verb = agent.head
        if noun.dep_ != "pobj" or agent.dep_ != "agent" or agent.lower_ != "by" or verb.i > agent.i:
            continue
        if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
            continue  # (the expletive 'it' only: its clause is still to come)
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        opening = doc[clause.left_edge.i]
        if opening.lower_ != "that" or opening.dep_ != "mark" or opening.head.i != i:
            continue
        if not any(c.dep_ in _SUBJECTS for c in clause.children):
            continue
        lex = lex or active_lexicon()
        if verb.lemma_.lower() not in lex.cue_verbs:
            continue
        heads[i], deps[i] = verb.i, "ccomp"
    return heads, deps
