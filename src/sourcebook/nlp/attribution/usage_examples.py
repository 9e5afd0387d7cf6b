"""A dictionary's, a thesaurus's or a grammar page's example sentence, set after the label 'Example:' or
'Examples:' that opens a line or a sentence ('promise (verb): to say you will do something. Example: He
promised to phone his sister.'). The sentence shows how a word is used; it tells of no one's words, so its
verb of saying is no cue. Not 'For example, the mayor said X' (the writer's illustration of a real report,
with no label of its own), nor a quotation labelled otherwise. For ``noncues.not_a_cue``."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .kids import children_of
from .people import known_given_name
from .tables import text_of

#: the label opening a line or a sentence, with the rest of that sentence up to the verb after it
_EXAMPLE = re.compile(r"(?:^|\n|[.!?;]\s)\s*(?:usage\s+)?(?:examples?|e\.g\.)\s*:[^.!?\n]*$", re.I)
#: how far back to look for the label (an example sentence is short)
_REACH = 200


def usage_example(verb: Token) -> bool:
    """Whether ``verb`` stands in an example sentence after an 'Example:' label ('Example: She promised to X')."""
    start = verb.idx
    before = text_of(verb.doc)[max(0, start - _REACH):start]
    # (the label ends in a colon: with none before, no search; most verbs have none within reach)
    return ":" in before and _EXAMPLE.search(before) is not None and not _named_subject(verb)


def _named_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject names a real body or a person in full ('Example: Labour said it would
    scrap the fee', 'Example: Dana Reyes told the court X' in a news explainer): a dictionary's made-up
    sentence has a pronoun, a common noun or a bare first name ('She promised', 'John told us')."""
    for subject in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.pos_ == "PROPN" and not known_given_name(subject.text):
            return True  # ('Labour', 'Ofgem': a body's name, which the tagger may leave untyped)
        for ent in verb.doc.ents:
            if subject.left_edge.i <= ent.start and ent.end <= subject.right_edge.i + 1 and (
                    ent.label_ in ("ORG", "GPE", "NORP") or ent.label_ == "PERSON" and len(ent) >= 2):
                return True
    return False
