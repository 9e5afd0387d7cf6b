"""'X was the first N to V': the one ranked first, only or last among those who did it, whose act
the infinitive is. The parser hangs the infinitive of 'Rosa Vane was the first councillor to back the
plan' on the copula's attribute 'councillor', whose infinitive is otherwise read as its own ('the first
official to say X' is the official's); when that noun is the predicate of 'be' or 'become' whose
subject can hold a stance, the subject is the source ('Rosa Vane', as the speaker column wants, not
'councillor'). Not an expletive or a pronoun of no one ('It was the first party to back X', 'This is
the only union to oppose Y': the noun stays the source), nor a subject that holds nothing ('The flood
was the first disaster to test X')."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .syntax import source_like

#: copulas whose subject is what their predicate noun names
_COPULAS = frozenset(["be", "become", "remain"])


def ranked_subject(lex: Lexicon, noun: Token) -> Token | None:
    """The subject of the copula ``noun`` is the attribute of ('Vane' of 'Vane was the first
    councillor'), when it can hold what the infinitive on the noun says; None otherwise."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i), None)
    if subject is None or subject.lower_ in lex.no_source or subject.lower_ in lex.subjectless:
        return None  # ('It was the first party to X', 'This is the only union to Y')
    if subject.tag_ == "WDT" or not source_like(lex, subject):
        return None  # ('The flood was the first disaster to test X'; a 'which' stands for a thing)
    return subject


#: words that rank a noun among its kind ('the first candidate', 'the only member')
_RANKS = frozenset(["first", "only", "last", "second", "third", "lone", "sole"])


def ranked_holder(lex: Lexicon, noun: Token) -> Token | None:
    """``ranked_subject`` for a participle on a ranked attribute ('Vane was the first candidate to weigh in, tweeting
    X': Vane's); a noun ranked by no word stays the participle's ('The big spenders were a family of funds backing
    Y': the family's, as train has it)."""
    return ranked_subject(lex, noun) if any(c.lower_ in _RANKS for c in noun.children) else None
