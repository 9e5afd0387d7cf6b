"""A passive verb of asking with an agent, whose question the parser hung on the agent's noun as a relative clause,
mended before the rules read the parse (``mends``).

'The host was asked by a caller why the ferry fares had doubled': the parser may read 'a caller why the fares had
doubled' as a noun with a relative clause; the verb of asking is left with no question, and the source swallows
it. 'why', 'how', 'whether' and 'if' open no relative clause on a noun of a person ('the reason why' is one, on a
noun of reason), so such a clause hung on the noun of the agent of a passive verb of asking is the question, the
verb's complement, and the agent alone its source; the twin of ``agent_clauses`` ('It was claimed by X that Y').
Not a relative clause on the agent's noun opened by a relative pronoun ('was asked by a woman who lives nearby'),
nor a verb that has a question already ('was asked by a caller about the fares, which had doubled')."""

from __future__ import annotations

from spacy.tokens import Doc

from .arcs import Arcs
from .lexicon import active_lexicon
from .tables import positions, words_of

#: the words that open a question and no relative clause on a noun of a person
_QUESTION_WORDS = frozenset(["why", "how", "whether", "if"])
#: nouns a 'why' or 'how' clause may modify as a relative clause ('the reason why', 'the way how')
_RELATIVE_HEADS = frozenset(["reason", "reasons", "way", "ways"])


def agent_questions(doc: Doc) -> Arcs:
    """The arcs that hang each such question on the passive verb of asking as its complement; none when there is
    none."""
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
        opening = doc[clause.left_edge.i]
        if opening.lower_ not in _QUESTION_WORDS or opening.i <= noun.i or noun.lower_ in _RELATIVE_HEADS:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue  # (a question has a subject of its own)
        if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "about" for c in verb.children):
            continue
        lex = lex or active_lexicon()
        if verb.lemma_.lower() not in lex.asking:
            continue
        heads[i], deps[i] = verb.i, "ccomp"
    return heads, deps
