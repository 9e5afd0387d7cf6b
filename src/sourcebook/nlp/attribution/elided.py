"""A verb whose clause is cut to its 'to', the rest left out because it was said before: 'Will
the council back down? Few expect it to.', 'The mayor wants them to.' The parser hangs the bare
'to' on the verb as its clause (the one it is of as its subject or as the verb's object); with no
verb under it, it holds no words of anyone's, only a pointer to the sentence before, so the verb
reports nothing where it stands ('expects the plan to pass' and 'expects to win' have a verb under
'to' and are left)."""

from __future__ import annotations

from spacy.tokens import Token

from .tables import words_of

_CLAUSES = frozenset(["ccomp", "xcomp"])


def elided_clause(verb: Token) -> bool:
    """Whether ``verb``'s only complement is a bare 'to' with no verb under it ('expect it to.')."""
    if "TO" not in words_of(verb.doc).tag[verb.i + 1 : verb.right_edge.i + 1]:
        return False  # (no 'to' after the verb in its phrase: read from the words' list before the children are made)
    clauses = [c for c in verb.children if c.dep_ in _CLAUSES and c.i > verb.i]
    if len(clauses) != 1:
        return False  # (the one the 'to' is of may be read as the verb's object: 'wants it to')
    bare = clauses[0]
    return bare.tag_ == "TO" and not any(g.pos_ in ("VERB", "AUX") for g in bare.subtree)
