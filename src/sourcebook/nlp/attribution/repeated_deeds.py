"""'Repeat' with a deed, a result or a procedure for its object (for ``noncues.not_a_cue``; the nouns in
``repeated_deeds.txt``): 'The team repeated its success in the cup', 'He repeated the feat a year
later', 'Researchers repeated the experiment with older mice', 'Repeat the process with the rest of
the dough'. What is done again is an act, no words said again, so no report (and the subject's act
is no stance). Not words or a stance repeated ('repeated her claim that X', 'repeated the promise',
'repeated "Law and Order"'), nor a clause ('repeated that X')."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon
from .word_forms import listed


def deed_repeated(lex: Lexicon, verb: Token) -> bool:
    """Whether ``verb`` is 'repeat' whose only object is a noun of a deed (see the module), with no
    clause or quotation of its own."""
    if verb.lemma_.lower() != "repeat":
        return False
    children = list(children_of(verb))  # (read once: each walk makes its Tokens anew)
    if any(c.dep_ in ("ccomp", "xcomp") for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    return len(objects) == 1 and objects[0].pos_ == "NOUN" and (
        listed(objects[0], lex.repeated_deeds)) and not any(
        t.is_quote for t in objects[0].subtree)
