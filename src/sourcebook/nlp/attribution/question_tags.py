"""A question tag after a clause, for ``noncues.not_a_cue``: 'The road was shut, was it announced?'. The verb
closes the sentence with its auxiliary before its pronoun subject and a question mark right after it; it asks
whether the clause before was said rather than reporting that it was, so it is no cue (when nothing in the text
says who asked, there is no source to give either)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of


def question_tag(verb: Token) -> bool:
    """Whether ``verb`` is the verb of a question tag closing its sentence after a clause set before it."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != "?":
        return False
    children = list(children_of(verb))
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.pos_ != "PRON" or subject.i != verb.i - 1 and subject.i != verb.i - 2:
        return False  # (the tag is short: 'was it announced?', 'did she say?')
    aux = next((c for c in children if c.dep_ in ("aux", "auxpass") and c.i == subject.i - 1), None)
    if aux is None or aux.i == 0 or doc[aux.i - 1].text not in (",", ";"):
        return False
    return any(c.dep_ == "ccomp" and c.i < aux.i for c in children)
