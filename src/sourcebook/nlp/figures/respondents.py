"""A share of a poll's respondents that speaks for them, for ``sources``: whose finding it is.

A poll's finding is often written as its respondents saying or thinking something ("One in five voters say
they have not decided, according to the Merrow Institute", "57% of residents said X, a council survey found",
"Nine out of 10 doctors surveyed by the Medical Guild said Y"). The attribution extractor rightly makes the
share the source of the answers, and a number inside a source describes it and is according to no one ("a
survey of 2,000 adults", "Lena Marsh, 24"). A share that opens the source is no description, though: it is
the finding, so it is the report's that holds the source in its content (the Merrow Institute's), or the
pollster's named after 'by' on a participle of asking in the source itself (the Medical Guild's; lexicon
``figures/respondent_participles``), or no one's ("Half of those asked said X").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lexicon import word_set

__all__ = ["opens_source", "pollster"]

#: at most one word before the share in its source ("Only 22% of voters ...")
_OPENING = re.compile(r"\s*(?:[A-Za-z]+\s+)?")


def opens_source(text: str, source_start: int, start: int) -> bool:
    """Whether the figure at ``start`` opens the source that starts at ``source_start``: the share of the
    people who speak, not a number describing the speaker ("a survey of 2,000 adults")."""
    return bool(_OPENING.fullmatch(text, source_start, start))


def pollster(doc: Doc, source_start: int, source_end: int) -> str | None:
    """The one named after 'by' on a participle of asking in the source ("doctors surveyed by the Medical
    Guild": Medical Guild), without its determiner; None when there is none."""
    span = doc.char_span(source_start, source_end, alignment_mode="expand")
    if span is None:
        return None
    asking = word_set("figures/respondent_participles")
    for tok in span:
        if tok.lower_ not in asking or tok.tag_ != "VBN":
            continue
        for agent in tok.children:
            if agent.dep_ != "agent":
                continue
            for obj in agent.children:
                if obj.dep_ == "pobj" and obj.i < span.end:
                    words = [t for t in obj.subtree if t.i < span.end]
                    while words and words[0].dep_ in ("det", "poss") and words[0].tag_ != "NNP":
                        words = words[1:]
                    return doc[words[0].i:words[-1].i + 1].text if words else None
    return None
