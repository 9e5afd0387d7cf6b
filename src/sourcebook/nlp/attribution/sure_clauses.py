"""Whether a record is a certainty held after a copula with the clause held for content: 'Its members are
convinced the plan will fail', 'I am sure the numbers do not add up', 'The board met, and its members are
confident the budget will pass' (``certainty_adjectives.txt``; the clause a full one with a subject of its own,
'that' or none).

The ranker's threshold does not judge these: its features weigh the copula and the missing 'that', and a
bare clause after 'are convinced' scores just under the line ('Its members are convinced X' 0.44, 'I am sure
X' 0.50), while the same words with 'that' pass; the adjective names a belief outright, as 'believe' does.
Not an adjective with a preposition ('is sure of victory': no clause), nor an infinitive ('is certain to
win': a forecast of the writer's), nor negated or asked ('is not sure X', 'Are you sure X?': kept to the
threshold), nor a subject that cannot hold a view (a pronoun 'it' or a thing)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Attribution
from ..lexicon import word_set
from .lexicon import Lexicon
from .record_cues import cue_words

_SURE = word_set("attribution/certainty_adjectives")

#: subjects of a copula that hold no view ('It is certain the vote will fail': the writer's)
_NO_HOLDER = frozenset(["it", "this", "that", "there", "what"])


def sure_clause(doc: Doc, record: Attribution, lex: Lexicon) -> bool:
    """Whether ``record`` is a certainty after a copula with its held clause for content."""
    del lex
    if record.source is None or record.cue is None or len(record.contents) != 1:
        return False
    span = cue_words(doc, record)
    if span is None:
        return False
    adjective = next((t for t in span if t.lower_ in _SURE), None)
    if adjective is None or adjective.text.endswith("?"):
        return False
    clause = next((c for c in adjective.children if c.dep_ == "ccomp" and c.i > adjective.i), None)
    if clause is None:
        return False
    return (_held(adjective, clause, record) and _subject(clause) and not _negated(adjective)
            and _holder(adjective))


def _clause_start(clause: Token) -> int:
    first = min(clause.subtree, key=lambda t: t.i)
    if first.dep_ == "mark" and first.lower_ == "that":
        first = first.doc[first.i + 1]
    return first.idx


def _held(adjective: Token, clause: Token, record: Attribution) -> bool:
    """The content opens at the clause's first word (after 'that') and no '?' ends the sentence."""
    last = max(clause.subtree, key=lambda t: t.i)
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return record.contents[0].start == _clause_start(clause) and not (after is not None and after.text == "?") and (
        adjective.i < clause.i)


def _subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _frame(adjective: Token) -> list[Token]:
    """The adjective, its copula and the auxiliaries the parser may hang the subject or 'not' on."""
    heads = [adjective, adjective.head] if adjective.dep_ == "acomp" else [adjective]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("aux", "auxpass") and c.i < adjective.i]


def _negated(adjective: Token) -> bool:
    return any(c.dep_ == "neg" for h in _frame(adjective) for c in h.children)


def _holder(adjective: Token) -> bool:
    """The copula's subject is someone who can hold a view: not 'it', 'this', a bare 'that'."""
    subjects = [c for h in _frame(adjective) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.lower_ not in _NO_HOLDER for s in subjects)
