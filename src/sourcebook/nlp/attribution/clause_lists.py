"""A content that is a list of clauses, 'A, B and C', each with its own subject.

'Residents said the shop had closed, the doctor had left and the school had lost half its pupils': the
parser hangs the list's middle clause on the cue by a comma alone ('left', a second complement or a
parataxis) and the last on the middle one; the middle clause was then a content of its own or dropped, yet
the three are one report, as a list closed by 'and' or 'or' reads. ``content.finished_contents`` makes them
one span (not a clause after ', and' hung on the cue, nor a middle clause with no conjunct of its own:
'said X, he added' and 'said X, the roads were shut' keep their ends)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .kids import children_of
from .lexicon import Lexicon
from .syntax import subtree_span

Spans = list[tuple[int, int]]

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _clause_with_subject(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in children_of(token))


def _between(doc: Doc, end: int, at: int) -> str:
    """The marks between the character ``end`` and the token ``at``, spaces left out (read token by token:
    ``Doc.text`` joins the whole text anew at each call)."""
    marks = []
    k = at - 1
    while k >= 0 and doc[k].idx >= end:
        marks.append(doc[k].text.strip())
        k -= 1
    return "".join(reversed(marks))


def _middle_of_a_list(lex: Lexicon, verb: Token, end: int) -> Token | None:
    """The clause right after ``end`` past a comma alone, hung on the cue or made the sentence's root over
    it, with a subject of its own and a last conjunct with a subject after 'and' or 'or' ('..., the
    doctor had left and the school had lost X')."""
    doc = verb.doc
    hung = [c for c in verb.rights if c.dep_ in ("ccomp", "parataxis") and c.left_edge.idx >= end]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:  # ('Witnesses told police X, the driver had not stopped and Y')
        hung.append(verb.head)
    child = hung[0] if hung else None
    if child is None:
        return None
    opening = next((t for t in child.subtree if not t.is_punct and t.idx >= end), None)  # (the comma may hang on it)
    if opening is None or _between(doc, end, opening.i) != "," or not _clause_with_subject(child):
        return None
    last = next((c for c in child.rights if c.dep_ == "conj"), None)
    if any(t is not None and t.lemma_.lower() in lex.speech | lex.belief for t in (child, last)):
        return None  # ('said X, he added' / ', officials believe' / '..., and police said Y')
    joint = next((c for c in child.rights if c.dep_ == "cc"), None)
    if last is None or joint is None or joint.lower_ not in ("and", "or") or not _clause_with_subject(last):
        return None
    if doc[joint.i - 1].text == ",":
        return None  # (', and' + clause ends a content: a list of two, the writer's next clause)
    return child


def listed_clauses(lex: Lexicon, verb: Token, contents: Spans) -> Spans:
    """``contents`` with a list's middle and last clause after the first joined to it (see the module)."""
    if not contents:
        return contents
    first = next((c for c in verb.rights if c.dep_ == "ccomp" and _clause_with_subject(c)
                  and abs(subtree_span(c)[1] - contents[0][1]) <= 1 and c.idx >= contents[0][0]), None)
    if first is None:
        return contents
    middle = _middle_of_a_list(lex, verb, contents[0][1])
    if middle is None:
        return contents
    end = max(t.idx + len(t) for t in middle.subtree if not t.is_punct or t.is_quote)  # (not the root's stop)
    return [(contents[0][0], max(end, *(e for s, e in contents if s <= end)))] + [(s, e) for s, e in contents if s > end]
