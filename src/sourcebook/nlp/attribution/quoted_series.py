"""A verb after a quotation closed inside a clause, read as the head of the sentence, mended
before every rule reads the parse: 'The mayor called the plan "reckless," praised the firemen and
said she would resign.'

After a comma and a closing quotation mark the parser may take the next verb for an inverted cue
('"...," said X') whose clause is everything before it, and the object after it for nothing or
for its subject; the verb's real subject ('The mayor') then heads a clause of its own. When the
sentence does not open with the quotation, the clause before the verb has its own subject before
the quotation opens, and the verb has no subject, the verb is the next in a series of that
subject's verbs: a conjunct of the clause's verb, which heads the sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from .tables import words_of

_OPEN = frozenset(['"', "\u201c", "\u2018", "'", "``"])
_CLOSE = frozenset(['"', "\u201d", "\u2019", "'", "''"])


def quoted_series(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs that make such a verb a conjunct of the verb of the clause before it."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    w = words_of(doc)  # (the words' table, in step with the parse by ``tables.forget``: a Token made only past its tests)
    for i in range(3, len(w.text)):
        if w.dep[i] != "ROOT" or w.pos[i] != "VERB" or w.text[i - 1] not in _CLOSE or w.text[i - 2] != ",":
            continue
        verb = doc[i]
        if verb.sent[0].text in _OPEN:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if clause is None or clause.left_edge.i != verb.sent.start:
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        opening = next((i for i in range(verb.i - 3, clause.i, -1) if doc[i].text in _OPEN), None)
        if subject is None or opening is None or opening <= clause.i:
            continue
        heads[clause.i], deps[clause.i] = clause.i, "ROOT"
        heads[verb.i], deps[verb.i] = clause.i, "conj"
    return heads, deps
