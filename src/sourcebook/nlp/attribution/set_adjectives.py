"""An adjective of a stance or a feeling with no copula: set after the noun that holds it
('Residents, worried about the new road, filled the hall', 'the only ones angry about the fee') or
heading a clause of the sentence's verb ('She left the meeting, convinced that the plan would fail').

``nouns.adjective_cue`` reads such an adjective only as a copula's complement ('she is confident
that X'). After a noun the adjective is a shortened relative clause ('who are worried about X'):
the noun holds the stance, when it can hold one; heading a clause of the verb, the verb's subject
holds it. Either way the adjective needs what the stance is on, a clause or its preposition's
object, as the copula's adjective does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import BELIEF, Candidate, trim, trim_content
from .lexicon import Lexicon
from .syntax import first_child, source_like, source_span, span_of, subject_of, subtree_span

#: what may hold the stance of an adjective set after it
_HOLDERS = ("NOUN", "PROPN", "PRON")


def set_adjective(lex: Lexicon, text: str, adj: Token) -> Candidate | None:
    """'Residents, worried about X,' (the noun holds it); ', convinced that X' (the verb's subject)."""
    if adj.dep_ == "amod" and adj.i > adj.head.i and adj.head.pos_ in _HOLDERS:
        holder = adj.head
        if not source_like(lex, holder):
            return None
        source = trim(text, holder.left_edge.idx, adj.left_edge.idx)  # (the noun's phrase up to the adjective)
    elif adj.dep_ == "advcl" and adj.head.pos_ in ("VERB", "AUX"):
        found = subject_of(adj.head)
        if found is None or found.i > adj.i or not source_like(lex, found):
            return None
        holder, source = found, source_span(text, found)
    else:
        return None
    if holder.lower_ in lex.subjectless or source[0] >= source[1]:
        return None
    content = _stance_on(lex, adj)
    piece = trim_content(text, *content) if content is not None else None
    if piece is None or reports_inside(lex, adj.doc, piece):
        return None
    return Candidate(cue=span_of([adj]), source=source, contents=[piece], nature=BELIEF, source_token=holder.i,
                     confidence=0.6)


def _stance_on(lex: Lexicon, adj: Token) -> tuple[int, int] | None:
    """The adjective's clause ('convinced that X') or the object of its preposition ('worried about X')."""
    for child in adj.children:
        if child.dep_ == "ccomp":
            return subtree_span(child)
        if child.dep_ == "prep" and child.lower_ in lex.adjective_preps:
            pobj = first_child(child, ("pobj", "pcomp"))
            if pobj is not None:
                return phrase_without_aside(pobj)
    return None


def phrase_without_aside(token: Token) -> tuple[int, int]:
    """The phrase ``token`` heads, without a relative clause in it set off by a comma: the
    writer's words on it ('the levy on the port, which took effect in May,')."""
    start, end = subtree_span(token)
    aside = next((c for c in token.subtree if c.dep_ == "relcl" and c.left_edge.i > token.i
                  and c.doc[c.left_edge.i - 1].text == ","), None)
    return (start, token.doc[aside.left_edge.i - 1].idx) if aside is not None else (start, end)


def reports_inside(lex: Lexicon, doc: Doc, piece: tuple[int, int]) -> bool:
    """Whether a verb of saying with its own subject stands inside ``piece`` ('about the fees and
    the unions who said X'): a report of its own, which the stance around it would swallow (not
    the clause the stance is on: 'confident that she can deny X')."""
    span = doc.char_span(*piece, alignment_mode="expand")
    return span is not None and any(
        t.pos_ == "VERB" and t.lemma_.lower() in lex.speech and span.start <= t.head.i < span.end and t.head.i != t.i
        and any(c.dep_ == "nsubj" for c in t.children) for t in span)
