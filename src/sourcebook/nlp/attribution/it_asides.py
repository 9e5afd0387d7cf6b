"""A passive cue clause with the empty 'it' for subject set off inside a sentence ('The club, it is
understood, has rejected a bid'; 'The fire, it is thought, began in a bin store'): a hedge that names
no one, as 'It is understood that X' does with its clause after it. The 'it' stands in for the
subject an aside needs (``asides._around``), so the sentence around the hedge is the content; the
record has no source."""

from __future__ import annotations

from spacy.tokens import Token

from .inset_asides import MARKS

#: the marks that set an aside off ('X, it is said, Y', 'X - it is believed - Y', 'X (it is thought) Y')
_MARKS = MARKS | {"(", ")"}


def empty_it(verb: Token) -> Token | None:
    """The 'it' of 'it is understood', 'it is believed' set off inside its sentence: the passive
    participle's subject, with no clause, object or agent of its own; None otherwise."""
    if verb.tag_ != "VBN" or verb.dep_ != "parataxis" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    it = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ == "it"), None)
    if it is None or any(c.dep_ in ("ccomp", "xcomp", "dobj", "agent", "advcl") for c in verb.children):
        return None
    doc = verb.doc
    words = [t for t in verb.subtree if not t.is_punct]
    before, after = words[0].i - 1, words[-1].i + 1
    # (set off on both sides with words of the sentence after it: 'X, it is said, Y'; not 'X, it is said.')
    return it if before > 0 and after + 1 < len(doc) and doc[before].text in _MARKS and doc[after].text in _MARKS else None
