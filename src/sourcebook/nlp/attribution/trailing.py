"""Content boundaries the parser moved around a trailing reporting clause or a colon, for ``content``:
a noun's 'that' clause after a cue clause set off by commas, which the parser hung on the cue ('X, the
minister said on Friday, in the clearest sign yet that Y': 'Y' is the writer's, 'X' was said); a
phrase after such a cue clause that goes on with the reported clause ('X fell to $28,900, the report
found, down from $36,400'); and the clause after a colon that ends the reported clause, on which the
parser hung the whole sentence ('The governor said the fix is simple: raise rates', the cue read as a
complement of 'raise').

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of, rights_of
from .lexicon import active_lexicon
from .syntax import subtree_span
from .word_forms import listed

#: the words that open a phrase after a trailing cue clause going on with the reported clause, besides
#: an adverb with a phrase of its own ('down from X', 'up from X'): 'including X', 'compared with X'
_GOES_ON = frozenset(["including", "excluding", "compared", "than", "except"])
#: a phrase of time or cause after the cue clause is the writer's circumstance ('..., after a dry spring')
_CIRCUMSTANCES = frozenset(["after", "amid", "following", "despite", "before", "in", "on", "at"])


def _reported_before(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` stands before the cue clause, closed by a comma before the cue's subject
    ('X, the report found')."""
    doc = verb.doc
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and clause.i < c.i < verb.i), None)
    end = clause.right_edge.i
    return subject is not None and end + 1 < len(doc) and doc[end + 1].text == "," and doc[end + 2].i == subject.left_edge.i


def _closing_comma(verb: Token) -> Token | None:
    """The comma hung on the cue after it that closes the cue clause ('X, he said on Friday, Y')."""
    return next((c for c in rights_of(verb) if c.text == "," and c.dep_ == "punct"), None)


def noun_clause_after(verb: Token, clauses: list[Token]) -> list[Token]:
    """``clauses`` without a 'that' clause of a noun set after the cue clause's closing comma, which
    the parser hung on the cue ('X, Valde said on Friday, in the clearest sign yet that the coalition is
    split', '..., a signal that Y'): with the reported clause before the cue clause, it is the writer's
    reading of the report ('said in a statement that X' has no comma: the cue's own clause). Nor,
    so, a clause after a semicolon hung on the cue ('Floods killed 40, the ministry said; more rain is
    due': a sentence of the writer's; the clause before the cue is what was said)."""
    if not any(c.i < verb.i and _reported_before(verb, c) for c in clauses):
        return clauses
    doc, comma = verb.doc, _closing_comma(verb)
    semicolon = next((c for c in rights_of(verb) if c.text == ";" and c.dep_ == "punct"), None)
    clauses = [c for c in clauses if semicolon is None or c.i < semicolon.i]

    def on_a_noun(c: Token) -> bool:
        first = c.left_edge
        before = first.i - 1 - (first.i > 1 and doc[first.i - 1].pos_ == "ADV")  # ('the clearest sign yet that Y')
        return (c.i > verb.i and first.lower_ == "that" and first.dep_ == "mark" and before > 0
                and doc[before].pos_ == "NOUN" and comma is not None and comma.i < before)
    return [c for c in clauses if not on_a_noun(c)]


def rest_after_the_cue(verb: Token, clause: Token) -> tuple[int, int] | None:
    """'The average price fell to $28,900, the report found, down from $36,400 a year earlier': a
    phrase with no verb of its own after the closing comma of a cue clause set after its reported
    clause, which the parser hung on the cue, goes on with the reported clause (not a circumstance
    of the saying: '..., officials said, after a power cut', '..., he said, in an interview')."""
    doc, comma = verb.doc, _closing_comma(verb)
    if clause.i > verb.i or comma is None or not _reported_before(verb, clause) or comma.i + 1 >= len(doc):
        return None
    first = doc[comma.i + 1]
    if first.head.i != verb.i or first.lower_ in _CIRCUMSTANCES:
        return None
    comparison = first.dep_ == "advmod" and first.pos_ == "ADV" and any(c.dep_ == "prep" for c in children_of(first))
    if not comparison and first.lower_ not in _GOES_ON:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i != first.i for t in first.subtree) or any(
            t.is_quote for t in first.subtree):
        return None
    return subtree_span(first)


def hung_past_a_colon(verb: Token) -> Token | None:
    """The clause after a colon the parser made the head of a cue verb before it ('The governor said
    the fix is simple: raise rates', 'said' a complement of 'raise'): the colon closes the cue's
    reported clause, and what follows spells it out."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    colon = next((c for c in head.lefts if c.text == ":" and c.i > verb.right_edge.i - 1), None)
    if colon is None or colon.i != verb.right_edge.i + 1 or any(t.is_quote for t in verb.doc[colon.i : head.right_edge.i]):
        return None
    # (not another source's report after the colon: 'shows why: A recent poll showed X', 'says so: Y, in 2013, questioned Z')
    lemmas = active_lexicon().verb_lemmas
    if any(listed(t, lemmas) and t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(t)) for t in verb.doc[colon.i + 1 : head.right_edge.i + 1]):
        return None
    return head


def past_the_colon(verb: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the last run on past a colon that ends it to the end of the clause after it
    (``hung_past_a_colon``)."""
    head = hung_past_a_colon(verb) if spans else None
    if head is None:
        return spans
    doc = verb.doc
    end = doc[verb.right_edge.i]
    if spans[-1][1] != end.idx + len(end):
        return spans
    last = head.right_edge
    while last.is_punct and last.i > head.i:
        last = doc[last.i - 1]
    return [*spans[:-1], (spans[-1][0], last.idx + len(last))]


def hung_before_the_cue(verb: Token, clause: Token) -> int | None:
    """Where the reported clause before the cue clause ends when the parser hung its last words on the cue, between
    the clause and the comma before the cue's subject ('Young adults are leaving churches not in anger but in
    silence, the pastor told a conference': 'but in silence'); None when nothing stands there."""
    doc = verb.doc
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and clause.i < c.i < verb.i), None)
    if subject is None or clause.i > verb.i:
        return None
    gap = doc[clause.right_edge.i + 1 : subject.left_edge.i - 1]
    if not len(gap) or doc[gap.end].text != "," or any(t.is_punct or t.is_space for t in gap):
        return None
    inside = range(gap.start, gap.end)
    if any(t.head.i not in inside and t.head.i != verb.i for t in gap):
        return None  # (words of the cue's own only)
    return gap[-1].idx + len(gap[-1])
