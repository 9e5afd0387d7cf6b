"""A past verb of saying read as an adjective of the noun after it, mended in place before the
rules run (``mends``).

'Another worker, who asked not to be named, claimed managers had been told': after a long
subject set off by commas the parser may read 'claimed managers' as a noun phrase, the verb an
adjective of 'managers' and the clause's verb the sentence's root; the record is then lost and
the clause's verb ('had been told') looks like the cue. An adjective takes no subject: a past
tense of a verb of saying read as an adjective that still holds a subject before it is the
sentence's verb, and the clause whose subject the noun after it is becomes its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import active_lexicon
from .tables import words_of


def subject_adjectives(doc: Doc) -> tuple[dict[int, int], dict[int, str]]:
    """The arcs (heads, relations) that make each such verb its sentence's root and the clause
    after it the verb's; none when there is no such verb."""
    words = words_of(doc)
    forms = active_lexicon().speech_forms
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for i, (dep, tag) in enumerate(zip(words.dep, words.tag, strict=True)):
        if dep != "amod" or tag != "VBD" or words.lower[i] not in forms:
            continue  # (no Token made)
        verb = doc[i]
        noun = verb.head
        clause = noun.head
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or noun.i <= verb.i:
            continue
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ROOT" or clause.i <= noun.i:
            continue  # (the noun the subject of the sentence's verb after it: 'claimed managers had been told')
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[clause.i], deps[clause.i] = verb.i, "ccomp"
        for child in clause.children:  # (the sentence's closing mark goes with the verb)
            if child.dep_ == "punct" and child.i == verb.sent.end - 1:
                heads[child.i] = verb.i
    return heads, deps
