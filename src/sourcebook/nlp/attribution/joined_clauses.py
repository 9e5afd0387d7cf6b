"""A clause before a comma and 'so', 'but' or 'yet' that the parser hung on the verb after them as its fronted
complement: 'The council needed the money, so the mayor announced a levy on parking', 'Turnout was low, but
the party declared itself satisfied'. The conjunction joins two clauses of the writer's; the first is what
led to the second, no words of the second's subject (a reported clause set before its cue is closed off by a
comma, a dash or a quotation mark alone: 'The levy is needed, the mayor said'). So it is no content of the
verb; the verb may still report a content after it. Not a clause inside quotation marks ('"X, so be it," she
said'), where the marks set the words off. For ``content.clause_contents``."""

from __future__ import annotations

from spacy.tokens import Token

#: the conjunctions that join the writer's two clauses ('X, so Y said Z')
_JOINING = frozenset(["so", "but", "yet"])


def joined_before(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, before ``verb``, ends at a comma and a joining conjunction that opens the verb's
    own clause (with only the verb's subject and its words between them)."""
    if clause.i > verb.i:
        return False
    doc = verb.doc
    end = clause.right_edge.i
    if end + 2 >= verb.i or doc[end + 1].text != "," or doc[end + 2].lower_ not in _JOINING:
        return False
    if any(t.is_quote for t in doc[clause.left_edge.i : end + 1]):
        return False  # (quoted words set off by their marks)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    return subject is not None and subject.left_edge.i == end + 3  # ('X, so the mayor announced': the subject right after)
