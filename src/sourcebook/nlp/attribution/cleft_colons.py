"""A cleft that presents the words after its colon: 'Here is what the campaigner said outside the court:',
'This is what the minister told reporters:', 'Here's what Osei wrote on Facebook:' and the quotation or
paragraph below. Its 'what' is no thing said, as in 'what his aides describe as X' or 'said what I believed'
(``senses``, ``inner``): it points at the words the colon opens, which are the content (``colon_blocks``,
``attach_quotes``). Only a verb of saying whose 'what' comes before its subject, with the colon right after
its clause and the clause the complement of 'is' after 'here', 'this' or 'that'. A heading 'How people
reacted:' or 'Here is how the parties responded:' is no such cleft: it says how, and the paragraphs below
report on their own, so it takes none of them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import Candidate

_POINTERS = frozenset(["here", "this", "that"])


def presents_words(verb: Token) -> bool:
    """Whether ``verb`` is the saying of a cleft 'Here is what X said:' whose colon opens the words."""
    # ('what' the object, or its determiner: 'what campaigner Nadia Osei said', the role read as its noun)
    what = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.lower_ == "what"), None)
    copula = verb.head
    if what is None or verb.dep_ != "ccomp" or copula.lemma_ != "be" or not copula.i < what.left_edge.i < verb.i:
        return False
    if not any(c.lower_ in _POINTERS and c.i < copula.i for c in copula.children):
        return False
    # (the colon next after the verb, every word between them the verb's: 'said outside the court:')
    doc = verb.doc
    colon = next((t for t in doc[verb.i + 1 : verb.i + 12] if t.text == ":" or not verb.is_ancestor(t)), None)
    return colon is not None and colon.text == ":"


def cleft_pointers(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a cleft's 'what' taken out of the contents, and a noun the parser hung on it
    ('what campaigner Nadia Osei said:', the role read as the thing said) given back to the source."""
    for cand in cands:
        if cand.verb is None or not cand.contents or not presents_words(verb := doc[cand.verb]):
            continue
        obj = next(c for c in verb.children if c.dep_ == "dobj" and c.left_edge.lower_ == "what")
        pointer = (obj.left_edge.idx, obj.idx + len(obj))
        if cand.contents[0][0] != pointer[0] or cand.contents[0][1] > pointer[1] + 1:
            continue
        cand.contents = cand.contents[1:]
        if obj.i > obj.left_edge.i and cand.source is not None and obj.pos_ == "NOUN" and (
                doc[obj.i + 1].idx == cand.source[0]):
            cand.source = (obj.idx, cand.source[1])
    return cands


def manner_heading(doc: Doc, cand: Candidate) -> bool:
    """Whether the cue of ``cand`` is the verb of a heading 'How people reacted:' ('how' hung on it)."""
    return cand.verb is not None and any(c.lower_ == "how" and c.i < cand.verb for c in doc[cand.verb].children)
