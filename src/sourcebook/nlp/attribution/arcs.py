"""Arcs put on a parsed Doc in place, for the rules that mend the parser's reading before the
others run (``mends``, ``hyphens``, ``reread``, ``released_by``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from .tables import forget, text_of

#: new heads and relations by token index, as the menders find them
Arcs = tuple[dict[int, int], dict[int, str]]
#: the same with the verbs the arcs make of other words, each with the tag and lemma it takes ('Treasury
#: forecasts': 'forecasts' a VBZ of 'forecast'), for the tagger to read them as cues
VerbArcs = tuple[dict[int, int], dict[int, str], list[tuple[Token, str, str]]]


def merged(found: Iterable[Arcs | None]) -> Arcs:
    """The arcs of several menders (or of one mender's sentences) in one pair of tables, a later
    one's arc for a token winning; none found gives empty tables."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for arcs in found:
        if arcs is not None:
            heads.update(arcs[0])
            deps.update(arcs[1])
    return heads, deps


def set_arcs(doc: Doc, heads: dict[int, int], deps: dict[int, str]) -> bool:
    """Give token ``i`` the head ``heads[i]`` and the relation ``deps[i]``; whether they were kept:
    the sentences stay as they were, or nothing changes."""
    starts = [s.start for s in doc.sents]
    array = doc.to_array([HEAD, DEP])
    saved = array.copy()
    for i, head in heads.items():
        array[i, 0] = (head - i) % 2**64  # (relative, as an unsigned integer)
    for i, dep in deps.items():
        array[i, 1] = doc.vocab.strings.add(dep)
    doc.from_array([HEAD, DEP], cast(Any, array))
    forget(doc)  # (the words' attributes read before: ``tables``)
    if [s.start for s in doc.sents] != starts:
        doc.from_array([HEAD, DEP], cast(Any, saved))
        return False
    return True


def second_reading(doc: Doc, sent: Span, again: Doc, kept: list[Token]) -> Arcs:
    """The arcs of ``sent`` with those a second parse ``again`` of its words ``kept`` (the sentence
    less a phrase cut out) gives them; the cut phrase's words keep theirs, for the caller to hang."""
    heads = {t.i: t.head.i for t in doc[sent.start : sent.end]}
    deps = {t.i: t.dep_ for t in doc[sent.start : sent.end]}
    for new, old in zip(again, kept, strict=True):
        heads[old.i], deps[old.i] = kept[new.head.i].i, new.dep_
    return heads, deps


def take_second_reading(doc: Doc, again: Doc, kept: list[Token], heads: dict[int, int], deps: dict[int, str]) -> bool:
    """Put the arcs on ``doc`` and, when they hold, the tags and parts of speech of ``again`` on
    ``kept`` ('Beatrix Holm, director of X, posted': not the verb 'Beatrix'); whether they held."""
    if not set_arcs(doc, heads, deps):  # (the sentences stay as they were, or nothing changes)
        return False
    for new, old in zip(again, kept, strict=True):
        old.tag_, old.pos_ = new.tag_, new.pos_
    forget(doc)
    return True


def read_without(parse: Callable[[str], Doc], sent: Span, start: Token, end: Token,
                 subject: Token) -> tuple[Doc, list[Token], Token] | None:
    """``sent`` parsed again with its words from ``start`` up to ``end`` cut out: the new parse, the words
    of ``sent`` it reads (in order) and the new reading of ``end``; none when the parse fails, splits the
    sentence or tokenizes it otherwise (the second reading is a refinement, never a failure), or does not
    make ``end`` a verb whose subject is ``subject``."""
    text = text_of(sent.doc)
    try:
        again = parse(text[sent.start_char : start.idx] + text[end.idx : sent.end_char])
    except Exception:  # noqa: BLE001
        return None
    kept = [t for t in sent if not start.i <= t.i < end.i]
    if [t.text for t in again] != [t.text for t in kept] or len(list(again.sents)) != 1:
        return None
    verb = again[kept.index(end)]
    said_by = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or said_by is None or kept[said_by.i].i != subject.i:
        return None
    return again, kept, verb

