"""Where the content of a stance, a belief or an act ends before the writer's words set off after it.

A verb that is no verb of saying ('supports', 'believes', 'ordered', 'found') holds only the
object or the clause it takes: a non-restrictive relative set off by a comma that runs to the end
of the content is the writer's account of what the content names ('ordered a review of the
program, which allows X', 'attacked the senator, with whom he clashed'), and so is a clause with
a subject of its own after ', and' ('found 40% are unsure, and the rival has been invoking him').
The first such comma ends the content. Verbs of saying keep theirs: what follows a reported
clause there is sorted by ``tails``, ``relative_reports`` and ``continued``. Not inside a
quotation (the quoted words are the speaker's own), nor a relative in the middle of a content
that goes on after it ('believes the plan, which was drafted in May, will fail').

Descriptions, 'including' lists, participles and dashes after such a content were tried too (PolNeAR
keeps them in the content more often than not), and so was stopping an object before the verb's
phrases of place or medium ('defended him on cable news'): each lost more records than it mended."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .candidate import trim_content
from .comments import in_quotation
from .kids import children_of
from .lexicon import Lexicon

#: a comma that sets words off (after a closing quotation mark's too)
_SET_OFF = re.compile(r",(?:''|[\"”’'])*\s+")
#: words opening a clause parallel to the content's own, more of what it holds
_PARALLEL = frozenset(["that", "how", "what", "why", "whether", "when", "where", "who", "if"])
_RELATIVES = frozenset(["which", "who", "whom", "whose"])
#: quantifiers opening a relative ('much of which', 'both of whom')
_PARTS = frozenset(["much", "many", "most", "some", "all", "both", "none", "each", "one", "part"])


def stance_content_end(lex: Lexicon, text: str, doc: Doc, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (a content of ``verb``) ended at the first comma that sets off the
    writer's words running to its end (trimmed); unchanged for a verb of saying."""
    if verb.lemma_.lower() in lex.speech:
        return span
    for match in _SET_OFF.finditer(text, span[0], span[1]):
        if match.start() <= span[0] or in_quotation(text, match.start()):
            continue
        after = doc.char_span(match.end(), span[1], alignment_mode="contract")
        if after is None or len(after) < 2 or after.start <= verb.i <= after.end:
            continue
        if _writers_words(after):
            return trim_content(text, span[0], match.start()) or span
    return span


def _writers_words(after: Span) -> bool:
    """Whether the words ``after`` a comma, up to the content's end, are the writer's addition."""
    first = after[0]
    opener = first if first.lower_ not in _PARTS else (after[2] if len(after) > 2 and after[1].lower_ == "of" else first)
    if first.dep_ == "prep" and len(after) > 1:
        opener = after[1]  # 'with whom', 'in which'
    if opener.lower_ in _RELATIVES:
        clause = next((t for t in opener.ancestors if t.dep_ == "relcl"), None)
        return clause is not None and clause.left_edge.i >= after.start and _runs_to_end(clause, after)
    if first.lower_ == "and" and len(after) > 2 and after[1].lower_ not in _PARALLEL:  # (not 'and that Y': more of it)
        clause = after[1:].root
        return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and clause.head.i < after.start and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(clause)) and _runs_to_end(clause, after)
    return False


def _runs_to_end(token: Token, after: Span) -> bool:
    """Whether the phrase of ``token`` reaches the last word of ``after`` (bar punctuation)."""
    last = max((t.i for t in after if not t.is_punct), default=after.end - 1)
    return token.right_edge.i >= last

