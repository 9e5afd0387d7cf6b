"""A clause's verb read as an adjective after a modal, mended in place before the rules run
(``mends``).

'Experts warn that the drought could last years': the parser may read 'last' as an adjective of
'years' and hang 'years' on 'warn', so the clause opened by 'that' has no verb and the report is
lost. An adjective takes no modal and no subject: one that holds a modal auxiliary and a subject
before it, and describes a noun after it, is the clause's verb; it takes the noun's place under
the noun's head, and the noun hangs on it as before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .tables import words_of


def modal_adjectives(doc: Doc) -> tuple[dict[int, int], dict[int, str], list[Token]]:
    """The arcs (heads, relations) that make each such adjective its clause's verb, and the
    adjectives to tag as verbs once the arcs are kept; none when there is no such adjective."""
    words = words_of(doc)
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    verbs: list[Token] = []
    for i, (dep, tag) in enumerate(zip(words.dep, words.tag, strict=True)):
        if dep != "aux" or tag != "MD":
            continue  # (no Token made)
        adjective = doc[i].head
        noun = adjective.head
        if (adjective.dep_ != "amod" or adjective.pos_ not in ("ADJ", "VERB") or not i < adjective.i < noun.i
                or noun.head.i == noun.i):
            continue
        if noun.left_edge.i != adjective.left_edge.i or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < i for c in adjective.children):
            continue  # (the subject on the adjective: it is the clause's verb)
        if any(t.is_punct for t in doc[i : noun.i]) or any(t.dep_ != "advmod" for t in doc[i + 1 : adjective.i]):
            continue  # (not 'may have convicted rapist X': 'have' the verb)
        heads[adjective.i], deps[adjective.i] = noun.head.i, "ccomp" if noun.head.pos_ in ("VERB", "AUX") else "conj"
        heads[noun.i] = adjective.i
        verbs.append(adjective)
    return heads, deps, verbs
