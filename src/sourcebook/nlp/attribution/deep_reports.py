"""A second report of the reporter that the parser hung deep inside the first report's clause, for
``tails.without_writer_tail`` (where the first content ends) and ``verbs._reporter`` (whose report it is).

'The union said the offer was a sign that the firm did not understand what workers needed, and urged
members to reject it': the parser joined 'urged' to 'understand', a verb two clauses down, so the first
content ran on over it and the firm became the one who urged. A verb of saying in the simple past with
no subject or auxiliary of its own, after ', and' or ', but', joined to a verb of another form (a bare
infinitive, a present, a participle) inside the clause a cue in that same past reports, cannot go on
that verb; it is the reporter's next act, and PolNeAR keeps it apart as a report of its own.
So for a participle of saying after 'and' under a cue participle, hung on a word deep in what that
participle reports ('is noting the delays X had in answering letters and saying Y', 'defended him, saying
he had been a leader in training players and calling him Z'): the same speaker's next report, not part of
the first (the outermost such cue above it reports it). ``tails.second_report`` decides the plain case, a
verb joined to the reported clause's own verb; ``coordinated_reports`` ends the contents that held it.

Not 'said the firm had ignored the workers and refused to meet them' (joined to a verb in the past,
which it may go on), 'said she wanted to leave, and hoped to rest' (not a verb of saying), a verb with a
subject of its own ('..., and the firm denied it'), nor a past joined with no comma ('said X did not know Y and
urged Z', as often the clause's own act), nor a participle under a cue in another form ('accused him of
breaking the rules and saying nothing': what he is accused of), nor a participle joined to one a verb of
going on holds ('saying the club keeps selling players and telling fans nothing': the club's acts, a list),
nor one under a cue in the present ('says the firm wants to cut pay, and warned X' is read by the other rules).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import Candidate
from .kids import children_of
from .lexicon import Lexicon
from .tables import words_of

#: the forms a verb the second report is joined to may take: none a simple past could go on
_OTHER_FORMS = frozenset(["VB", "VBZ", "VBP", "VBG"])
_JOINS = frozenset(["and", "but"])
#: the dependencies of a cue's content the second report may be hung inside
_CONTENTS = frozenset(["ccomp", "dobj"])


def deep_report_clause(lex: Lexicon, verb: Token) -> Token | None:
    """The content (a cue's ``ccomp`` or ``dobj``) whose reporter ``verb`` is the second report of, when the
    parser hung ``verb`` on a word deeper in that content; else None. A past needs a comma before its 'and' or
    'but' and a verb of another form to hang on; a participle ('and adding') needs a cue participle over it."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBG") or verb.lemma_.lower() not in lex.speech or verb.i < 2:
        return None
    head, doc = verb.head, verb.doc
    past = verb.tag_ == "VBD"
    if head.i > verb.i or past and (head.tag_ not in _OTHER_FORMS or doc[verb.i - 2].text != ","):
        return None
    if not past and head.dep_ == "xcomp":
        return None  # ('keeps selling X and telling Y': the acts the verb of going on holds)
    if doc[verb.i - 1].lower_ not in _JOINS or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb)):
        return None
    clause, found = head, None
    while clause.head.i != clause.i and clause.dep_ not in ("relcl", "advcl", "conj", "parataxis"):  # (not a clause of its own)
        if clause.dep_ in _CONTENTS and clause.head.tag_ == verb.tag_ and clause.head.lemma_.lower() in lex.cue_verbs:
            found = clause  # (the outermost report: 'is noting the problems X had answering questions about Y and saying Z')
        clause = clause.head
    return found if found is not None and found.i != head.i and found.head.i < found.i else None  # (the clause's own: tails)


def _join_start(verb: Token) -> Token:
    """The comma before the 'and' or 'but' before ``verb``, or that word when no comma comes before it."""
    doc = verb.doc
    return doc[verb.i - 2] if doc[verb.i - 2].text == "," else doc[verb.i - 1]


def deep_report_join(lex: Lexicon, clause: Token) -> Token | None:
    """Where a second report hung deep inside reported clause ``clause`` begins (see the module), else None."""
    deps, doc = words_of(clause.doc).dep, clause.doc
    for i in range(clause.i + 1, clause.right_edge.i + 1):
        if deps[i] == "conj" and (found := deep_report_clause(lex, doc[i])) is not None and found.i == clause.i:
            return _join_start(doc[i])
    return None


def deep_report_bounds(lex: Lexicon, doc: Doc, cand: Candidate) -> tuple[int, int] | None:
    """The offsets of the comma before a second report hung deep in a reported clause (the candidate's
    cue verb, see the module) and of the report's end, for ``relative_reports.split_reports_at``; else None."""
    if cand.verb is None or cand.cue is None or cand.source is None:
        return None
    verb = doc[cand.verb]
    if deep_report_clause(lex, verb) is None:
        return None
    return _join_start(verb).idx, verb.right_edge.idx + len(verb.right_edge)
