"""The subject of a finite cue verb that the parser left with none because it hung the clause
before the cue on it, the reported clause after it.

'He pledged to cut fees and cast doubt on the jobless rate, suggested that the real rate is higher':
the parser read the first clause as the complement of 'suggested' (a report set before its cue,
'"X," she said'), so 'suggested' has no subject and proposed nothing. 'A spokeswoman for the brand -
a small firm pitched as "the home of the shoe" - noted that the company offers X' ('pitched' taken
for a verb, the spokeswoman its subject); 'He criticized the record said she would fail' (the 'and'
left out). When the cue has a clause of its own after it and the clause before it has a subject, the
cue goes on with that clause's doer: that subject is the cue's. 'Smith paused, then revealed why X'
('revealed' hung on 'paused' as an unlabelled dependent): the verb it hangs on has the subject.

A clause before the cue that opens with a quotation mark stays the report ('"We will win," said
with a grin, ...' is no borrowed subject), as does a cue with a subject of its own; a time or
condition clause before it ('When the council met, ...') lends none, nor does a subject that
holds no statement ('The vote was close, suggested that X').
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of, lefts_of
from .lexicon import Lexicon
from .syntax import source_like

_FINITE = ("VBD", "VBZ", "VBP")
_SUBJECTS = ("nsubj", "nsubjpass")


def lent_subject(lex: Lexicon, verb: Token) -> Token | None:
    """The subject the clause before ``verb`` lends it (see the module), None when none does."""
    if verb.tag_ not in _FINITE or any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in children_of(verb)):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in children_of(verb)):
        return None  # its report follows it
    host: Token | None
    if verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.tag_ in _FINITE:
        host = verb.head  # 'Smith paused, then revealed why X'
    else:
        host = next((c for c in lefts_of(verb) if c.dep_ == "ccomp" and c.tag_ in _FINITE or c.dep_ == "advcl" and c.tag_ in (
            *_FINITE, "VBN") and not any(g.dep_ == "mark" or g.tag_ == "WRB" for g in c.children)), None)
        if host is None or host.left_edge.is_quote:
            return None
    subject = next((c for c in host.lefts if c.dep_ in _SUBJECTS), None)
    return subject if subject is not None and source_like(lex, subject) else None
