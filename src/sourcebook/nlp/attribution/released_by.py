"""Sentences read again without a participle and its agent between a source and a verb of showing
that the parser read as a noun of the agent's phrase ('Figures released by the ministry show X':
'the ministry show' read as one noun phrase, 'show' its head; 'Statistics compiled by the police
show that X'). Such figures are the common source of a statistics release, and the parser, with no
comma to guide it, takes the verb for a noun after the agent's noun. The sentence is parsed again
with the participle's phrase cut out ('Figures show X'); when that parse makes the verb a verb whose
subject is the noun before the phrase, its arcs replace the first's and the phrase hangs on that noun
as its participle ('released', an 'acl'), the agent's words on 'by' as they stood. Called by
``reread.reread`` before the rules run."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .arcs import read_without, second_reading, take_second_reading
from .tables import words_of

#: the verbs of showing a release's figures take, in the forms the parser reads as nouns
_SHOWING = frozenset(["show", "shows", "showed", "suggest", "suggests", "indicate", "indicates", "reveal", "reveals",
                      "revealed", "found", "find", "finds"])
#: the longest agent's noun phrase, in tokens
_LONGEST = 8


def _misread(sent: Span) -> tuple[Token, Token, Token] | None:
    """(the source noun, the participle, the verb read as a noun) of ``sent``, if any."""
    doc, table = sent.doc, words_of(sent.doc)  # (the words' table: no Token for each word)
    lower, pos = table.lower, table.pos
    for i in range(sent.start + 3, sent.end):
        if lower[i] not in _SHOWING or pos[i] not in ("NOUN", "PROPN"):
            continue
        by = next((k for k in range(max(sent.start + 2, i - _LONGEST - 1), i - 1) if lower[k] == "by"), None)
        if by is None or any(doc[k].is_punct for k in range(by + 1, i)):
            continue
        verb, participle, noun = doc[i], doc[by - 1], doc[by - 2]
        if participle.tag_ == "VBN" and participle.dep_ == "acl" and participle.head.i == noun.i and (
                noun.pos_ in ("NOUN", "PROPN")):
            return noun, participle, verb
    return None


def reread_releases(doc: Doc, sentences: list[Span], parse: Callable[[str], Doc]) -> None:
    """Mend each sentence of ``doc`` with a verb of showing read as a noun after a participle's agent
    ('Figures released by the ministry show X') from a parse without the participle's phrase."""
    for sent in sentences:
        found = _misread(sent)
        if found is None:
            continue
        noun, participle, verb = found
        reading = read_without(parse, sent, participle, verb, noun)
        if reading is None:
            continue
        again, kept, _ = reading
        _graft(doc, sent, again, kept, noun, participle, verb)


def _graft(doc: Doc, sent: Span, again: Doc, kept: list[Token], noun: Token, participle: Token, verb: Token) -> None:
    """The arcs, tags and parts of speech of ``again`` put on ``kept``; the participle on ``noun``,
    'by' on the participle, the agent's words on their last word, which 'by' takes."""
    heads, deps = second_reading(doc, sent, again, kept)
    by, last = doc[participle.i + 1], doc[verb.i - 1]
    heads[participle.i], deps[participle.i] = noun.i, "acl"
    heads[by.i], deps[by.i] = participle.i, "agent"
    for token in doc[by.i + 1 : last.i]:
        if not by.i < token.head.i <= last.i or token.head.i == token.i:
            heads[token.i] = last.i
    heads[last.i], deps[last.i] = by.i, "pobj"
    take_second_reading(doc, again, kept, heads, deps)
