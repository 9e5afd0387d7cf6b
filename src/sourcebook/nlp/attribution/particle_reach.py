"""Whether a phrasal cue's preposition joins its cue, and where its content then starts.

'called for X', 'spoke openly about X', 'lashed out at X': the preposition right after the verb
(past adverbs and particles only) is part of the cue. Past a phrase of its own ('apologised to
passengers for the delays', 'spoke at the museum on Friday about X', 'wrote to the board about X')
the cue is the verb alone, as PolNeAR marks it, and the preposition opens the content ('for the
delays'): a cue running over the one addressed, a place or a time reads as one long verb.
``phrase_contents.phrasal_content`` and ``phrase_contents.prepositional_content`` ask."""

from __future__ import annotations

from spacy.tokens import Token

Spans = list[tuple[int, int]]

#: the parts of speech that may stand between a verb and its preposition in one cue ('spoke openly about',
#: 'lashed out at': a particle the parser may tag an adposition)
_BETWEEN = frozenset(["ADV", "PART", "SPACE"])


def preposition_placed(verb: Token, preposition: Token, contents: Spans, extra: list[Token]) -> Spans:
    """``contents``, the content after ``verb``'s ``preposition``, with the preposition added to the
    cue's words ``extra`` when only adverbs and particles stand between the two ('spoke openly about X'), else
    opening the content ('apologised to passengers for the delays': 'for the delays')."""
    if all(t.pos_ in _BETWEEN or t.dep_ == "prt" or t.tag_ == "RP" for t in verb.doc[verb.i + 1 : preposition.i]):
        extra.append(preposition)
        return contents
    if not contents or contents[0][0] <= preposition.idx:
        return contents
    return [(preposition.idx, contents[0][1]), *contents[1:]]
