"""A second report closing another report's content: a participle after a comma, or a clause of
time or contrast.

'The mayor said the levy was fair, adding that shops would adapt.' / 'She insisted the vote was
"a clear mandate," claiming that turnout had doubled.' / 'The minister defended the budget -
arguing it would pay for itself.' A participle of saying set off by a comma or a dash after a
report's content, with no subject of its own, is its speaker's next report, not part of what the
first report says: the first content ends before it, and the participle's report stands on its
own (PolNeAR keeps each word in one attribution, and keeps such a trailing report apart). After
'before' no comma is needed ('The coach said the pitch had been poor before adding that it was no
excuse') for 'adding', or when the reported clause's subject is a thing that says nothing
(``before_reports``: 'said the scheme was fair before insisting Y'); not a person's words there ('Police
said the man shouted before saying he had a knife': his, part of what was reported). Its
speaker is the first report's: a participle with no subject is its sentence subject's ('The coach
said his players were "tired but proud," adding, "We will be back."': the coach's, not the
players'). 'The board cut the grant even as its members said it would grow.' / 'Ms. Lowe accused
the council of delay while the council insisted it had acted.' A report in a clause of time or
contrast opened by 'as', 'while', 'whereas', 'though' or 'although', with a speaker of its own,
likewise stands apart when it closes the first content (not 'after' or 'when': PolNeAR as often
keeps 'X after Y said Z' whole).

Not a participle or clause inside a quotation, nor one before the first report's cue ('X,
adding Y, the paper reported': the whole sentence is the paper's), nor one the first content goes
on past ('saying X, he left the room and Y'); nor a participle taken by a preposition without a
comma ('criticized him for saying X', 'by calling on X': the saying is what the first report is
about), nor a clause of cause or condition ('because he thought X', 'if he knew X').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .before_reports import reporter_before
from .candidate import SPEECH, Candidate
from .direct import QuoteIndex
from .fronted_clauses import end_at_the_main_clause
from .relative_reports import split_reports_at
from .set_off_acts import SET_OFF, end_before_set_off_acts

_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
_CLOSING_MARKS = "\"'\u201d\u2019"
#: the conjunctions of clauses of time or contrast whose report stands apart ('even as X said Y')
_MARKS = frozenset(["as", "while", "whereas", "though", "although"])


def split_trailing_reports(doc: Doc, text: str, cands: list[Candidate], quotes: QuoteIndex) -> None:
    """End each content that a set-off participle of saying or a report's clause of time or
    contrast closes where that participle or clause begins (in place)."""
    participles: set[int] = set()
    ended: dict[int, tuple[Candidate, list[Candidate]]] = {}

    def boundary(cand: Candidate) -> tuple[int, int] | None:
        found = _participle(doc, text, cand)
        if found is not None:
            participles.add(id(cand))
            return found
        return _contrast(doc, cand)

    def note(inner: Candidate, outer: Candidate) -> None:
        if id(inner) in participles and outer.source is not None:
            ended.setdefault(id(inner), (inner, []))[1].append(outer)

    split_reports_at(text, cands, quotes, boundary, cue_first=True, then=note)
    end_at_the_main_clause(doc, cands)  # ('While X claimed Y, experts agree Z': Z is no part of it)

    def own(inner: Candidate, outer: Candidate) -> None:
        if outer.source is not None:
            ended.setdefault(id(inner), (inner, []))[1].append(outer)

    end_before_set_off_acts(doc, text, cands, own)  # ('said X was "a distortion," describing Y', 'pledged to X, reversing Y')
    # a participle with no subject of its own is its sentence subject's: the speaker of the report
    # whose verb it hangs on, else of the first report it ended ('The DNC dismissed Y's charge
    # that X, saying Z': the DNC's, not Y's)
    for inner, outers in ended.values():
        verb = doc[inner.verb] if inner.verb is not None else None
        ancestors = {t.i for t in verb.ancestors} if verb is not None else set()
        outer = min(outers, key=lambda o: (o.verb not in ancestors, (o.cue or (0, 0))[0]))
        inner.source, inner.source_token = outer.source, outer.source_token


def _participle(doc: Doc, text: str, cand: Candidate) -> tuple[int, int] | None:
    """The offsets of the start and end of the subjectless participle clause, set off by a comma
    or a dash, that the candidate's cue verb heads, else None."""
    if cand.verb is None or cand.cue is None or cand.nature != SPEECH:
        return None
    verb = doc[cand.verb]
    if verb.tag_ != "VBG" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after"):
        clause = verb.head  # (', before adding that X')
    elif verb.dep_ in ("advcl", "xcomp", "conj"):
        clause = verb
    else:
        return None
    first = clause.left_edge
    # ('said X before adding that Y', 'said the plan was fair before insisting Y': no comma needed after the
    # reported clause for 'adding' or when its subject is a thing that says nothing, ``before_reports``)
    unset = clause.lower_ == "before" and (verb.lemma_.lower() == "add" or reporter_before(verb) is not None)
    if first.i == 0 or not (_set_off(text, first.idx) or unset):
        return None
    return _clause(doc, first, clause)


def _contrast(doc: Doc, cand: Candidate) -> tuple[int, int] | None:
    """The offsets of the start and end of the clause of time or contrast the candidate's cue verb
    heads, a report of saying with a subject of its own, else None."""
    if cand.verb is None or cand.cue is None or cand.source is None or cand.nature != SPEECH:
        return None
    verb = doc[cand.verb]
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if verb.dep_ != "advcl" or len(marks) != 1 or marks[0].lower_ not in _MARKS:
        return None
    if doc[marks[0].i + 1].lower_ in ("if", "though"):
        return None  # (not 'as if he wanted X')
    if not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    first = verb.left_edge
    if first.i == 0:
        return None
    return _clause(doc, first, verb)


def _set_off(text: str, start: int) -> bool:
    """Whether a comma or a dash (perhaps inside a closing quotation mark) comes right before ``start``."""
    before = text[:start].rstrip()[-4:].rstrip(_CLOSING_MARKS).rstrip()
    return bool(before) and before[-1] in SET_OFF


def _clause(doc: Doc, first: Token, clause: Token) -> tuple[int, int] | None:
    """The clause's start and end offsets, unless a finite verb after a comma in it shows the
    parser hung the sentence's main verb on it ('X, adding Y, then left')."""
    last = clause.right_edge
    if any(t.text == "," and doc[t.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[first.i : last.i]):
        return None
    return first.idx, last.idx + len(last)
