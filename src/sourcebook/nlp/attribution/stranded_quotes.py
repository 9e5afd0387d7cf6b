"""A cue's subject the parser hung inside the quotation before it: '"It is over," Ann Lee, an
aide, said' read with 'Ann Lee' as an attribute of the quoted clause, so the cue has no subject
of its own. ``syntax.stranded_subject`` takes a name that opens right after the quotation's
closing mark (past the words of the name itself) as it takes one after a comma or a dash."""

from __future__ import annotations

from spacy.tokens import Token

#: the words of a name that come before its head ('Gene', 'the', 'former')
_NAME_WORDS = ("compound", "det", "amod")
#: closing marks that open nothing
_CURLY_CLOSING = frozenset(["\u201d"])


def after_a_quotation(name: Token) -> bool:
    """Whether the noun phrase of ``name`` opens right after a closing quotation mark."""
    doc = name.doc
    k = name.i
    while k > 0 and doc[k - 1].head.i == name.i and doc[k - 1].dep_ in _NAME_WORDS:
        k -= 1
    mark = doc[k - 1] if k > 0 else None
    # (a straight mark only as the tagger reads it closing: '"the best mayor" and X' opens with one)
    return mark is not None and (mark.tag_ == "''" or mark.text in _CURLY_CLOSING)
