"""A phrase set off right after a cue and before the subject of its reported clause, which the parser hung on
the cue: a condition or a concession that opens what was said ('The coach says, win or lose, he is staying',
'says no matter what the board decides, "the ground stays open"'). PolNeAR's content opens with the phrase
(both such records on train); ``set_off_clauses.past_the_cues_time`` asks. Only a condition or a concession;
not a word alone ('says, however, X'), a time, place or medium ('said on Monday X', 'said in a statement X',
'said a day earlier, X'), a clause of how or when it was said ('said, as he left, X', 'said, citing a memo,
X'), nor a phrase before 'that' (``set_off_clauses`` judges those: 'promised, if re-elected, that X').

The dependency labels are spaCy's English scheme, as in ``syntax.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

#: the words opening a condition or a concession ('if', 'unless', 'whether', 'even if', 'once')
_CONDITIONS = frozenset(["if", "unless", "whether", "once", "although", "though"])


def with_a_lead_phrase(verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (the content of ``clause``) widened over a condition opening it that the parser hung on the cue
    ``verb`` ('says, win or lose, he is staying'), else ``span`` as it is."""
    opening = lead_phrase(verb, clause)
    if opening is None or span[0] < opening.right_edge.idx:
        return span
    return (opening.left_edge.idx, span[1])


def lead_phrase(verb: Token, clause: Token) -> Token | None:
    """The phrase between the cue ``verb`` and its reported ``clause``, ending in a comma right before the
    clause's first word, that opens what was said (None when there is none)."""
    doc = verb.doc
    first = next(t for t in clause.subtree if not t.is_punct or t.i == clause.i)  # (the comma may hang on the clause)
    comma = first.i - 1
    while comma > verb.i and doc[comma].is_quote:  # (', "the ground stays open"')
        comma -= 1
    if comma <= verb.i + 1 or first.lower_ == "that" or doc[comma].text != ",":
        return None
    for child in verb.rights:
        if child.i >= first.i:
            break
        if child.dep_ == "punct":
            continue
        left, right = child.left_edge, child.right_edge
        if (right.i != comma - 1 or right.i - left.i < 2 or not _opens_report(child)
                or any(t.text != "," for t in doc[verb.i + 1 : left.i])):
            return None
        return child
    return None


def _opens_report(child: Token) -> bool:
    """A condition or concession: an adverbial clause opened by 'if', 'unless', 'whether' ('says, if the rain
    holds, the match goes ahead'), 'no matter' with its clause, or a pair of bare verbs joined by 'or' ('win or
    lose'); not a clause of time or manner ('as he left', 'a day earlier', 'so eloquently'), how it was said."""
    if child.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in child.children)
    if child.dep_ == "advmod":
        return child.lower_ == "matter" and any(c.lower_ == "no" for c in child.lefts)
    return child.dep_ == "xcomp" and child.tag_ == "VB" and any(c.dep_ == "cc" and c.lower_ == "or" for c in child.children)
