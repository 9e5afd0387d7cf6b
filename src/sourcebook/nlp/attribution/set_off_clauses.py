"""An adverbial clause set off by commas between a cue and its content: 'The mayor said, as the crowd
booed, that the plan would go ahead', 'She told us, when the talks ended, that X'. The parser hangs
the aside ('as the crowd booed') on the reported clause, so the clause's span opens with it; it
tells when or how the words were said and is no part of what was said, so the content starts
after it and its 'that' ('the plan would go ahead'). Only an aside set off by commas before the
content's 'that': standing before the complementiser it belongs to the cue's clause; with no
'that' it may be the content's own ('She said, if elected, she would X'), and with no comma ('said
as prices rose that X') it is left alone. A condition ('He warned, if the rain goes on, that the river
would flood') is the content's own wherever it stands: it says when what was said holds, not when it was
said, so it stays, also when the parser hung it on the cue ('She said, if elected, that she would X':
``with_a_set_off_condition``)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lead_phrases import with_a_lead_phrase

#: the marks of a condition, which belongs to what was said ('warned, if X, that Y')
_CONDITIONS = frozenset(["if", "unless", "provided", "providing"])


def past_a_set_off_clause(verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (the content of ``clause``) started after an adverbial clause set off by commas right
    after the cue ``verb``, else ``span`` as it is."""
    doc = verb.doc
    told = [c.right_edge.i for c in children_of(verb) if c.dep_ in ("dobj", "dative") and verb.i < c.i < clause.i]
    last = max(told, default=verb.i)  # (past the one told: 'told reporters, when X, that Y')
    if last + 2 >= len(doc) or doc[last + 1].text != "," or clause.i <= last:
        return span
    aside = next((c for c in clause.children if c.dep_ == "advcl" and c.left_edge.i == last + 2 and c.i < clause.i), None)
    if aside is None or doc[aside.left_edge.i].lower_ in _CONDITIONS:
        return span
    comma = aside.right_edge.i + (doc[aside.right_edge.i].text != ",")  # (the parser may hang the closing comma on it)
    if comma + 1 >= clause.i or doc[comma].text != ",":
        return span
    that = doc[comma + 1]
    # (the parser may read the 'that' as the clause's object; its subject right after it says it opens the clause)
    if that.lower_ != "that" or that.dep_ not in ("mark", "dobj") or that.head.i != clause.i:
        return span  # (with no 'that' the aside may be the content's own: 'She said, if elected, she would X')
    first = doc[that.i + 1]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if subject is None or first.i != subject.left_edge.i or first.idx >= span[1]:
        return span
    return (max(span[0], first.idx), span[1])


def with_a_set_off_condition(verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (the content of ``clause``) widened over a condition set off by commas right after the cue
    ``verb`` (or the one it told) and before the clause's 'that', which the parser hung on the cue: 'The
    mayor promised, if re-elected, that the pool would reopen'. Else ``span`` as it is."""
    doc = verb.doc
    told = [c.right_edge.i for c in children_of(verb) if c.dep_ in ("dobj", "dative") and verb.i < c.i < clause.i]
    last = max(told, default=verb.i)
    if last + 2 >= len(doc) or doc[last + 1].text != "," or doc[last + 2].lower_ not in _CONDITIONS:
        return span
    aside = next((c for c in children_of(verb) if c.dep_ == "advcl" and c.left_edge.i == last + 2 and c.i < clause.i), None)
    if aside is None:
        return span
    comma = aside.right_edge.i + (doc[aside.right_edge.i].text != ",")
    if comma + 1 >= clause.i or doc[comma].text != "," or doc[comma + 1].lower_ != "that" or doc[comma + 1].head.i != clause.i:
        return span
    return (doc[last + 2].idx, span[1]) if doc[comma + 1].idx <= span[0] else span


def past_the_cues_time(verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """'said on Thursday it had recaptured the town': a time right after the cue and before the
    clause's subject is when it was said, wherever the parser hangs it; so is a clause set off by commas there
    ('said, as the crowd booed, that X': ``past_a_set_off_clause``); a condition the parser hung on the cue
    with no 'that' opens the content ('says, win or lose, he is staying': ``lead_phrases``)."""
    span = with_a_lead_phrase(verb, clause, past_a_set_off_clause(verb, clause, with_a_set_off_condition(verb, clause, span)))
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    first = next((c for c in clause.children if c.left_edge.i == verb.i + 1), None)  # 'on Thursday', 'last week'
    if subject is None or first is None or first.i >= subject.left_edge.i:
        return span
    timed = first.ent_type_ in ("DATE", "TIME") or first.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in first.children)
    if not timed or first.right_edge.i + 1 != subject.left_edge.i and verb.doc[first.right_edge.i + 1].lower_ != "that":
        return span
    after = verb.doc[first.right_edge.i + 1]
    return (after.idx, span[1]) if after.idx < span[1] else span
