"""Who does the saying of an '-ing' verb opened by 'before' inside a reported clause: the reporter.

'Ms Varga told the hearing the scheme was fair before insisting that nobody would lose out.' / 'The
coach said the pitch had been poor before stressing that it was no excuse.' With no comma, the parser
hangs 'before insisting' on the reported clause's verb, so the participle's subject was climbed to
from there: the reported clause's subject ('the scheme'), which cannot insist, and no report was
found. When that subject is a thing that can hold no words, the participle's subject is the subject
of the cue whose reported clause it hangs on (``syntax.subject_of``), and ``trailing_reports`` ends
the first content before it. Not when the reported clause's subject is a person ('Police said the man
shouted at officers before saying he had a knife': the man's words, part of what was reported), nor
after 'after' ('said the driver was sacked after complaining').
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import active_lexicon


def reporter_before(verb: Token) -> Token | None:
    """The subject of the cue whose reported clause, its subject a thing, holds 'before ``verb``' ('said
    the scheme was fair before insisting Y': the one who said it), else None."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "before":
        return None
    clause = verb.head.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX") or clause.i > verb.i:
        return None
    from .syntax import source_like  # (syntax reads this module through ``misread``: imported late)

    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if own is None or source_like(active_lexicon(), own):
        return None
    cue = clause.head
    return next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
