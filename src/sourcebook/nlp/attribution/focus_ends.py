"""A content that goes on over a phrase set off to narrow its last words.

'Imams say they have heard fears from families, especially children', 'said the rhetoric of the party,
particularly its leader, is dangerous', 'see him as the stronger candidate, particularly when facing
the mayor': a comma and an adverb that narrows (``focus_adverbs.txt``: 'especially', 'particularly',
'notably') open a phrase on the words before it, which a rule or the parser left out of the content;
it is part of what was said (PolNeAR marks it so in 65 train records to 8). The phrase runs to the
end of the largest subtree after the comma that holds the adverb; not one that holds a report of its own
('was viewed as a threat, particularly after the court agreed to hear it': the court's).
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import words_end
from .char_spans import words_in
from .kids import children_of
from .lexicon import Lexicon


def focus_end(lex: Lexicon, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` grown over a narrowing phrase set off right after it (see the module)."""
    doc = verb.doc
    words = words_in(doc, span[0], span[1], "expand")
    if words is None or not len(words) or words.end + 2 >= len(doc) or words.start <= verb.i < words.end:
        return span
    comma, adverb = doc[words.end], doc[words.end + 1]
    if comma.text != "," or adverb.lower_ not in lex.focus_adverbs or adverb.sent.start != words.sent.start:
        return span
    top = adverb
    while top.head.i > comma.i and top.head.i != top.i:
        top = top.head
    if any(t.lemma_.lower() in lex.cue_verbs and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t))
           for t in top.subtree):
        return span  # (a report of its own inside: 'viewed as a threat, particularly after the court agreed to X')
    return span[0], max(span[1], words_end(top))
