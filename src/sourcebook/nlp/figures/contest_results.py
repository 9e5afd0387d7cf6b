"""A contest's result in the object of a reporting verb, no report, for ``sources.Sources``: 'Calder Rovers have
conceded 14 goals', 'The referee showed 11 yellow cards', 'Prewitt polled 18,902 votes'. 'concede', 'show', 'poll'
and 'record' are cues of figures ('the data show 40 deaths', 'the ministry conceded that 40 had died'), but with
goals, cards or votes as their direct object (lexicon ``figures/result_nouns``) the subject did or got what is
counted: it is the figure's doer, not its source, and so it is for a figure beside such an object ("to Carr's
14,692"; 'More than 45,000 people claimed asylum in 2023, up 18%': asylum is a plea made, no claim reported). A
report's noun as the subject ('the count showed 4,000 votes', ``figures/cue_nouns``) keeps the report; so does a
clause ('conceded that 14 goals were offside')."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context

__all__ = ["contest_result"]


def contest_result(verb: Token, held: Token, anchor: Token, ctx: Context) -> bool:
    """Whether the figure counting ``anchor``, under ``held`` (the child of ``verb`` the walk up came through,
    ``sources._through``), is a result the subject of ``verb`` played for: ``held`` is the verb's direct object and
    names a result noun, or the figure hangs elsewhere on a verb whose direct object names one."""
    if held.dep_ == "dobj" and held.head.i == verb.i:
        noun = anchor if anchor.i == held.i or anchor.head.i == held.i and anchor.dep_ == "conj" else held
    else:  # a figure beside the object: 'claimed asylum in 2023, up 18%' is no claim either
        found = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if found is None:
            return False
        noun = found
    if noun.lemma_.lower() not in ctx.result_nouns and noun.lower_ not in ctx.result_nouns:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lower_ not in ctx.cue_nouns
