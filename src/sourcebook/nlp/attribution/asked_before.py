"""A verb of asking after a clause that asks nothing: 'People come in, they ask about range, they
ask about charging, and then they buy a hybrid.', 'Staff check the boilers, they ask about the
rent, and they leave.'

A verb of asking ('ask', 'wonder', 'inquire') reports a question, or a request given in the asker's
own words. A clause before it that is neither (no question mark closes it, no quotation mark ends
it) is no report of the asking verb: it is the sentence's earlier clause, which the parser hung on
the verb as if it were the question ('X, they asked' of a statement). A question before the verb
('Why now? they ask') or a quotation ('"Pay us," they asked') stays its content.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

_ENDS = frozenset(["?", '"', "\u201d", "'", "\u2019", "''"])


def no_question_before(lex: Lexicon, verb: Token, lemma: str, clause: Token) -> bool:
    """Whether ``clause``, before the asking verb ``verb``, is a statement the verb does not report."""
    if lemma not in lex.asking or clause.i > verb.i:
        return False
    doc = verb.doc
    last = clause.right_edge.i
    return not any(t.text in _ENDS for t in doc[last : verb.i]) and not any(t.text == "?" for t in clause.subtree)
