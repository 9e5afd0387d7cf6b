"""What a page bids its reader do or ask for, which reports nothing yet (for ``noncues.not_a_cue``); common
in how-to guides, newsletters and advice pages. A verb of saying in the infinitive of an order to the reader
('Ask them to tell you how an aqueduct works', 'Ask your pharmacist to explain how the dose is split',
'Encourage your child to say what they saw'): the saying is bidden, no one has said anything (not 'They asked
him to explain X', with a subject). And the reader's own view in the condition of such an order ('If you think
your child has a fever, call the surgery', 'If you feel the rate is too high, speak to an adviser'): any
reader's case, no view anyone holds (not 'If you believe the polls, the race is over', with no order); also when
the parser tagged the order's bare verb a present one, as after a headline ('Call 101 if you think X'), or a proper
noun with an object, or with a noun phrase right after it that the parser took for its apposition ('Ring the
helpline if you believe X', 'Contact the council if you believe X')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of

#: the words that may come before an order in its sentence ('Please ask X', 'So, ask X', 'Then, if X, call Y')
_LEAD_INS = frozenset(["please", "so", "then", "now", "just", "and", "also", "finally", "first", "next", "or"])
#: the openings of a condition
_CONDITIONS = frozenset(["if", "unless"])


def bidden(verb: Token) -> bool:
    """Whether ``verb`` is a saying an order to the reader bids, or the reader's view in such an order's
    condition (see the module)."""
    if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return _order(verb.head)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children_of(verb)) and any(
            c.dep_ == "nsubj" and c.lower_ == "you" for c in children_of(verb)):
        return _order(verb.head)
    return False


def _order(verb: Token) -> bool:
    """Whether ``verb`` is the bare verb of an order with no subject of its own, opening its sentence but for
    lead-in words, punctuation and clauses before it ('Ask X', 'Please call Y', 'If X, call Y')."""
    # (a bare verb after a headline may be tagged a present one, 'Call 101 if X': with no subject it is the order;
    # or a proper noun with an object, which only a verb takes, or with a phrase right after it and no comma read as
    # its apposition: 'Ring the helpline if X', 'Contact the council if X')
    if not (verb.tag_ in ("VB", "VBP") or verb.tag_ == "NNP" and any(
            c.dep_ == "dobj" or c.dep_ == "appos" and c.left_edge.i == verb.i + 1 for c in children_of(verb))) or (
            verb.dep_ != "ROOT") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb)):
        return False
    before = [t for t in verb.doc[verb.sent.start : verb.i]
              if not (t.is_punct or t.lower_ in _LEAD_INS or t.head.i != verb.i and t.head.i < verb.i or t.dep_ == "advcl")]
    return not before
