"""Where an object or infinitive content ends before a clause of time that closes it, which the parser
hung inside the content rather than on the cue: 'refused to speak to reporters | as she left the
hall', 'sought to stoke energy | as he toured the office', 'feared the worst | as the tide came in',
'don't expect him to back her | when he speaks on Thursday'. What the subject refused, sought or
feared is the object or the infinitive; the clause of 'as', 'when' or 'after' with a subject of its own
says when, the writer's words (as it is when hung on the cue, where the content never held
it). Not a clause content ('said that X because Y' is judged with the clause: ``content``), nor an
infinitive's own condition ('promised to resign if he lost'), which is part of what was promised; nor the
object of a verb of saying or a passive's infinitive (train and dev: both lost right records)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import content_words, trim_content
from .kids import children_of
from .lexicon import Lexicon

#: the marks of a clause of time ('as she left', 'when he speaks'); not 'if' or 'until', a condition of what was
#: said ('vows not to take calls until it agrees'), nor 'because', 'before' or 'since', which PolNeAR keeps as
#: often as not (train: 'accused X of trying to quash it because it could Y', 'before they rounded them up')
_MARKS = frozenset(["as", "when", "while", "whilst", "after", "once"])


def before_a_time_clause(lex: Lexicon, text: str, doc: Doc, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` ended before a closing clause of time inside an object or infinitive content of
    ``verb`` (see the module); unchanged otherwise."""
    if verb.lemma_.lower() in lex.speech or any(c.dep_ == "auxpass" for c in children_of(verb)):
        # (a verb of saying's object may be a clause the parser broke up, 'said many of the X failed'; what no one
        # named expects holds its time, 'is expected to grow more combative as X tries Y')
        return span  # (the verb tested before the Span is made: most contents are a verb of saying's)
    if (found := content_words(doc, span)) is None:
        return span
    words, head, last = found
    if head.head.i != verb.i or head.dep_ not in ("dobj", "xcomp"):
        return span  # (only the cue's object or infinitive, not a reported clause)
    for clause in words:
        if clause.dep_ != "advcl" or clause.i == head.i or clause.right_edge.i < last:
            continue
        mark = next((c for c in children_of(clause) if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in _MARKS or mark.i != clause.left_edge.i or mark.i <= head.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)) or clause.lemma_.lower() in lex.cue_verbs:
            continue  # ('to speak while waiting': no subject of its own; 'as critics say X': a report of its own)
        if mark.lower_ == "as" and any(t.lower_ == "as" for t in doc[words.start : mark.i]):
            continue  # a comparison's second 'as' ('as much stimulus as many had hoped')
        return trim_content(text, span[0], mark.idx) or span
    return span
