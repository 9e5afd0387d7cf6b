"""A belief verb around the report it holds ('Teachers like to say that X', 'She wanted to
know whether X'): the infinitive is a verb of saying, or of knowing a question, with a clause
of its own. The wish or habit is no belief about the world: the two verbs are one cue, of the
inner verb's kind (wanting to know whether X is asking it), and the clause is the content. So is a
verb of writing or posting with an infinitive of saying ('Readers wrote in to say that X', 'She
tweeted to say X'): the writing is how the report was made, one cue with it, as 'phoned to say X' is; and a verb
of saying with an infinitive of knowing and a question ('demanded to know who X', 'asked readers to guess
whether Y'): the demand is the asking."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import subtree_span

Spans = list[tuple[int, int]]

#: what opens a question a belief verb's infinitive asks ('to know whether X', 'to learn who X')
_QUESTION = frozenset(["whether", "if", "what", "who", "whom", "which", "why", "how", "when", "where"])


def wrapped_report(lex: Lexicon, verb: Token) -> Token | None:
    """The clause of the report ``verb`` wraps, or None: the infinitive of a belief verb (not
    one of saying nor a refusal: 'refused to say that X' is no report of X) that is a verb of
    saying with a clause after it ('like to say that X', not 'want to say goodbye'), or a verb
    of knowing with a question after it ('wanted to know whether X', not 'want to believe that
    X': a belief, the outer verb's); or the infinitive of saying of a verb of writing ('wrote to say that X')."""
    lemma = verb.lemma_.lower()
    written = lemma in lex.writing_verbs
    asking = lemma in lex.speech and not written  # 'demanded to know who X' (not 'asked to say X': another says it)
    if (lemma not in lex.belief or lemma in lex.speech) and not written and not asking or lemma in lex.refusal_verbs:
        return None
    for inner in verb.children:
        if inner.dep_ != "xcomp" or inner.i < verb.i or not any(
                g.dep_ == "aux" and g.lower_ == "to" and g.i == inner.i - 1 for g in inner.children):
            continue
        said = inner.lemma_.lower() in lex.speech
        clause = next((c for c in inner.children if c.dep_ == "ccomp" and c.i > inner.i), None)
        if clause is None:
            return None
        first = clause.left_edge
        if said and not asking or not written and inner.lemma_.lower() in lex.belief and first.lower_ in _QUESTION:
            return clause
    return None


def wrapped_cue(verb: Token, clause: Token, extra: list[Token]) -> Spans:
    """The cue's words (the infinitive and its 'to', into ``extra``) and the content: the
    clause without its 'that' ('like to say that practice makes perfect': 'practice makes
    perfect'), a question with its opening word ('whether I had been frightened')."""
    inner = clause.head
    extra.extend([*(g for g in inner.children if g.dep_ == "aux" and g.lower_ == "to"), inner])
    first = clause.left_edge
    start = first.nbor(1).idx if first.lower_ == "that" and first.dep_ == "mark" else first.idx
    return [(start, subtree_span(clause)[1])]
