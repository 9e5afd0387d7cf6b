"""A decision voted, its infinitive the content: 'The council voted 7-2 to ban plastic bags', 'In 1988, Congress
voted to compensate the victims'. PolNeAR marks such a vote as its voters' stance (train: 7 of 7 'voted to X'
outside another report), but the ranker's threshold reads the cue by the bare verb 'voted', whose weight was learnt
on the many votes for a candidate it leaves unmarked, and drops most of them (lower still with a tally or a time
between, 'voted 5 to 4 in February to stall the plan'). So the threshold does not judge a cue 'vote' whose content
opens with its own infinitive, said by the source before it; 'voted for X' and 'voted against Y' stay judged."""

from __future__ import annotations

from spacy.tokens import Doc

from ...model import Attribution
from .act_cues import cue_after_source
from .lexicon import Lexicon


def voted_to(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record``'s cue is the verb 'vote' with its infinitive for the content ('voted to close the
    school'), the source before it."""
    span = cue_after_source(doc, record)
    verb = next((t for t in span if t.pos_ == "VERB" and t.lemma_.lower() == "vote"), None) if span is not None else None
    if verb is None:
        return False
    content = record.contents[0]
    return any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i and content.start <= c.idx < content.end
               and any(a.dep_ == "aux" and a.lower_ == "to" and a.idx == content.start for a in c.children)
               for c in verb.children)
