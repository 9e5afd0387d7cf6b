"""A participle the parser hung on the verb of saying as a second clause when it modifies the last noun of
the first: 'said the bloom was fed by fertiliser washed off nearby fields', 'says the devices will open
books already downloaded' (the tagger may read the participle as a past tense); and a verb whose subject
the parser left at the end of the clause before, 'saying his use of the term | was incorrect'. A verb with no
subject, mark nor auxiliary of its own, starting right where the clause before it ends, is no second thing
said: the two pieces are one content (PolNeAR's matcher took them either way: train records are as right)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import subtree_span

Spans = list[tuple[int, int]]

#: what a second clause of its own has, that a participle on a noun has not
_OWN = frozenset(["nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass"])


def joined_participles(lex: Lexicon, text: str, verb: Token, contents: Spans) -> Spans:
    """``contents`` with each piece that is such a participle joined to the piece before it (not a verb of
    saying, a report of its own whose subject the parser left in the clause before: 'and one in four said X')."""
    if len(contents) < 2:
        return contents
    hung = {subtree_span(c)[0] for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
            and c.tag_ in ("VBN", "VBG", "VBD") and c.lemma_.lower() not in lex.speech
            and not any(g.dep_ in _OWN for g in c.children)}
    joined = [contents[0]]
    for start, end in contents[1:]:
        if start in hung and joined[-1][1] <= start and not text[joined[-1][1] : start].strip():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined
