"""A belief verb around the report it holds ('Teachers like to say that X', 'She wanted to
know whether X'): the infinitive is a verb of saying, or of knowing a question, with a clause
of its own. The wish or habit is no belief about the world: the two verbs are one cue, of the
inner verb's kind (wanting to know whether X is asking it), and the clause is the content. So is a
verb of writing or posting with an infinitive of saying ('Readers wrote in to say that X', 'She
tweeted to say X'): the writing is how the report was made, one cue with it, as 'phoned to say X' is; and a verb
of saying with an infinitive of knowing and a question ('demanded to know who X', 'asked readers to guess
whether Y'): the demand is the asking. A raising passive closing its sentence with a bare infinitive of saying takes
the clause set before it ('X, the mayor is expected to say.', ``closing_raised``)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
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
    for inner in children_of(verb):
        if inner.dep_ != "xcomp" or inner.i < verb.i or not any(
                g.dep_ == "aux" and g.lower_ == "to" and g.i == inner.i - 1 for g in children_of(inner)):
            continue
        said = inner.lemma_.lower() in lex.speech
        clause = next((c for c in children_of(inner) if c.dep_ == "ccomp" and c.i > inner.i), None)
        if clause is None and said and not written and not asking:
            return closing_raised(lex, verb, inner)  # ('X, the mayor is expected to say.': ``raised_reports``)
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
    if inner.i == verb.i:  # (a closing raising passive's clause hangs on the passive: its infinitive is the inner verb)
        inner = next(c for c in children_of(verb) if c.dep_ == "xcomp" and c.i > verb.i)
    extra.extend([*(g for g in children_of(inner) if g.dep_ == "aux" and g.lower_ == "to"), inner])
    first = clause.left_edge
    start = first.nbor(1).idx if first.lower_ == "that" and first.dep_ == "mark" else first.idx
    return [(start, subtree_span(clause)[1])]


def closing_raised(lex: Lexicon, verb: Token, inner: Token) -> Token | None:
    """The clause set before a raising passive that closes its sentence with a bare infinitive of saying, which
    the parser hung on the passive ('The tax will go, the minister is expected to say.': the clause the
    minister's report, as in 'The minister is expected to say that the tax will go', ``raised_reports``); None
    when the passive has no subject of its own, the infinitive holds anything but its 'to', a phrase of time
    or place after it, the one a verb of telling addresses ('is expected to tell MPs') or a 'so' that stands for
    the clause ('is expected to say so'), or no clause comes before the subject."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    told = inner.lemma_.lower() in lex.addressee_verbs
    if any(not (c.dep_ == "aux" and c.lower_ == "to" or c.i > inner.i and (
            c.dep_ in ("prep", "npadvmod") or c.dep_ == "advmod" and c.lower_ == "so"
            or told and c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON")))
           for c in children_of(inner)):
        return None  # (a time or a place may follow it: 'is expected to argue on Monday')
    return next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < subject.left_edge.i), None)
