"""A content cut right before an infinitive that goes on with it.

'Party leaders see him as a valuable asset to help other candidates raise money', 'The ads questioned
the mayor's fitness to be governor', 'Her neighbours remembered the old baker as fun to be around': the
parser hung the infinitive on the cue verb as a purpose, or a rule ended the content at the noun before
it; with no comma between, the infinitive says what the asset, the fitness or the fun is for, and is part
of what was said. PolNeAR marks it so each time (10 train records whose content ended right before such
an infinitive, none that stopped there). Not an infinitive with a subject of its own ('for them to X').
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import words_end
from .char_spans import words_in
from .kids import children_of


def infinitive_end(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` grown over an infinitive right after it that hangs on the cue ``verb`` or on its words."""
    doc = verb.doc
    words = words_in(doc, span[0], span[1], "expand")
    if words is None or not len(words) or words.end >= len(doc) or words.start <= verb.i < words.end:
        return span
    to = doc[words.end]
    infinitive = to.head
    if to.lower_ != "to" or to.dep_ != "aux" or infinitive.tag_ != "VB" or infinitive.left_edge.i != to.i:
        return span
    if infinitive.head.i != verb.i and not words.start <= infinitive.head.i < words.end:
        return span
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(infinitive)):
        return span
    return span[0], max(span[1], words_end(infinitive))
