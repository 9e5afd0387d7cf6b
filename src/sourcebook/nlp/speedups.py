"""Array versions of two rule components of spaCy's trained English pipelines, same output.

spaCy's ``attribute_ruler`` runs its Matcher token by token over about 180 one-token rules
(a tag's part of speech and morphology, a few word exceptions) and its rule ``lemmatizer``
makes a Token object per word and recomputes every proper noun and base form (only other
words are cached, and each candidate lemma is looked up in a list of 57,000 nouns). Measured
on PolNeAR dev they took about a quarter of spaCy's time, about as much as its tok2vec, tagger
and parser together. Both are pure functions of attributes spaCy
already holds in arrays, so here they read ``doc.to_array`` and write ``doc.from_array``:

- the ruler's rules become boolean masks over the token arrays, in rule order, so the last
  rule that sets an attribute wins, as in ``AttributeRuler.set_annotations`` (its matches are
  sorted by rule); if any pattern tests anything but equality or IN/NOT_IN on
  LOWER/ORTH/TAG/DEP/POS, IS_SPACE or a REGEX on LOWER/ORTH, the ruler is left as it was;
- the lemma of a word depends on its form, part of speech and morphology only (spaCy's own
  cache key), so each distinct triple is lemmatised once per process by spaCy's own method.

Only the two instances change: the ruler's ``match`` (no Matcher run) and ``set_annotations``
(the masks), the lemmatizer's ``pipe`` (what ``nlp.pipe``, so every build, calls; a direct
call runs spaCy's own loop) and its lemma index, whose lists become sets.
``tests/nlp/test_speedups.py`` compares every token attribute with spaCy's components.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

__all__ = ["speed_up"]

log = logging.getLogger(__name__)

#: pattern keys the masks understand -> spaCy attribute id
_KEYS = {"LOWER": LOWER, "ORTH": ORTH, "TAG": TAG, "DEP": DEP, "POS": POS, "IS_SPACE": IS_SPACE}
_READ = [LOWER, ORTH, TAG, DEP, POS, IS_SPACE]
#: attributes a rule may set, in the column order written back
_WRITE = (POS, MORPH, LEMMA, TAG, DEP)

Mask = Callable[[dict[int, numpy.ndarray]], numpy.ndarray]


def speed_up(nlp: Language) -> None:
    """Give ``nlp``'s attribute ruler and rule lemmatizer their array versions, when they are
    spaCy's own classes with patterns and a mode these versions reproduce."""
    for _, proc in nlp.pipeline:
        if type(proc) is AttributeRuler:
            rules = _compile_rules(proc)
            if rules is None:
                log.info("the attribute ruler stays spaCy's: a pattern beyond its array version")
                continue
            proc.set_annotations = _rule_setter(proc, rules)  # type: ignore[method-assign]
            proc.match = _no_matches  # type: ignore[method-assign]
        elif isinstance(proc, Lemmatizer) and proc.mode == "rule" and not proc.overwrite:
            _index_sets(proc)
            proc.pipe = _lemma_pipe(proc)  # type: ignore[method-assign]


# -- the attribute ruler -------------------------------------------------------------------

def _no_matches(doc: Doc) -> list:
    return []  # the masks of ``set_annotations`` do the matching


#: (attribute, ids one of which a doc must hold) for each test a rule needs to match at all
Needs = list[tuple[int, frozenset[int]]]
Rule = tuple[Mask, Needs, dict[int, int]]


def _compile_rules(ruler: AttributeRuler) -> list[Rule] | None:
    """(mask of target tokens, what a doc must hold to match, attrs) per rule in rule order;
    None when a pattern is beyond what the masks reproduce."""
    strings = ruler.vocab.strings
    rules = []
    for number, attrs in enumerate(ruler.attrs):
        entry = ruler.matcher.get(strings[str(number)])
        patterns = entry[1] if entry else []
        if set(attrs) - set(_WRITE) or not patterns:
            return None
        masks = []
        for pattern in patterns:
            mask = _pattern_mask(pattern, ruler.indices[number], strings)
            if mask is None:
                return None
            masks.append(mask)
        rules.append((_any(masks), _needs(patterns, strings), attrs))
    return rules


def _needs(patterns: list[list[dict]], strings) -> Needs:
    """The values a doc must hold for the rule's one pattern to match: most rules name a tag
    and a word (TAG 'PRP', LOWER 'him') absent from most docs, which skips their masks."""
    if len(patterns) != 1:
        return []
    needs = []
    for spec in patterns[0]:
        for key, value in spec.items():
            if isinstance(value, str):
                needs.append((_KEYS[key], frozenset([strings.add(value)])))
            elif isinstance(value, dict) and list(value) == ["IN"]:
                needs.append((_KEYS[key], frozenset(strings.add(v) for v in value["IN"])))
    return needs


def _any(masks: list[Mask]) -> Mask:
    if len(masks) == 1:
        return masks[0]
    return lambda cols: numpy.logical_or.reduce([mask(cols) for mask in masks])


def _pattern_mask(pattern: list[dict], index: int, strings) -> Mask | None:
    """The tokens a fixed-length pattern sets: token ``index`` of each matching span."""
    if not pattern or not -len(pattern) <= index < len(pattern):
        return None
    found = [_token_test(spec, strings) for spec in pattern]
    tests = [test for test in found if test is not None]
    if len(tests) < len(found):
        return None
    width = len(pattern)
    offset = index % width
    if width == 1:
        return tests[0]  # (one token: its test's own array; 172 of the English ruler's 180 patterns)

    def mask(cols: dict[int, numpy.ndarray]) -> numpy.ndarray:
        n = len(cols[LOWER])
        starts = numpy.ones(max(0, n - width + 1), dtype=bool)
        for k, test in enumerate(tests):
            starts &= test(cols)[k:k + len(starts)]
        target = numpy.zeros(n, dtype=bool)
        target[offset:offset + len(starts)] = starts
        return target

    return mask


def _token_test(spec: dict, strings) -> Mask | None:
    tests = []
    for key, value in spec.items():
        if key not in _KEYS:
            return None
        test = _value_test(_KEYS[key], value, strings)
        if test is None:
            return None
        tests.append(test)
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:  # (most rules: a tag and a word, 'PRP' and 'him')
        first, second = tests
        return lambda cols: first(cols) & second(cols)
    return lambda cols: numpy.logical_and.reduce([test(cols) for test in tests])


def _value_test(attr: int, value, strings) -> Mask | None:
    if isinstance(value, bool):
        return lambda cols: cols[attr] == int(value)
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda cols: cols[attr] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    [(op, arg)] = value.items()
    if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
        ids = numpy.array(sorted(strings.add(v) for v in arg), dtype=numpy.uint64)
        inside = op == "IN"
        return lambda cols: numpy.isin(cols[attr], ids) == inside
    if op == "REGEX" and isinstance(arg, str) and attr in (LOWER, ORTH):
        return _regex_test(attr, re.compile(arg), strings)
    return None


def _regex_test(attr: int, regex: re.Pattern, strings) -> Mask:
    seen: dict[int, bool] = {}  # string id -> whether the regex finds something in it

    def test(cols: dict[int, numpy.ndarray]) -> numpy.ndarray:
        ids = cols[attr]
        out = numpy.zeros(len(ids), dtype=bool)
        for i, sid in enumerate(ids.tolist()):
            if sid not in seen:
                seen[sid] = bool(regex.search(strings[sid]))
            out[i] = seen[sid]
        return out

    return test


def _rule_setter(ruler: AttributeRuler, rules: list[Rule]):
    """``set_annotations`` over arrays: each rule writes its values where its mask holds,
    in rule order, then the columns go back in one ``from_array``."""

    def set_annotations(doc: Doc, matches: list) -> None:
        if not len(doc):
            return
        read = doc.to_array(_READ)
        cols = {attr: read[:, i] for i, attr in enumerate(_READ)}
        out = doc.to_array(list(_WRITE))
        touched = numpy.zeros(len(_WRITE), dtype=bool)
        present = {attr: set(numpy.unique(cols[attr]).tolist()) for attr in (LOWER, ORTH, TAG, DEP, POS)}
        for mask, needs, attrs in rules:
            if any(present[attr].isdisjoint(ids) for attr, ids in needs):
                continue  # a value the rule tests for is in no token of the doc
            where = mask(cols)
            if not where.any():
                continue
            for attr, value in attrs.items():
                column = _WRITE.index(attr)
                out[where, column] = value
                touched[column] = True
        if touched.any():
            doc.from_array([_WRITE[i] for i in numpy.flatnonzero(touched)], cast(Any, out[:, touched]))

    return set_annotations


# -- the lemmatizer ------------------------------------------------------------------------

def _index_sets(lemmatizer: Lemmatizer) -> None:
    """The known lemmas per part of speech as sets: spaCy tests each candidate form with
    ``form in index``, a list of 57,000 nouns (about a quarter of a millisecond a word)."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for key in list(table):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])


#: distinct (form, part of speech, morphology) lemmas kept per process (a few tens of MB at most)
_MEMO_LIMIT = 200_000


def _lemma_pipe(lemmatizer: Lemmatizer):
    """``Lemmatizer.pipe`` with one lemma per (form, part of speech, morphology) per process."""
    memo: dict[tuple[int, int, int], int] = {}
    strings = lemmatizer.vocab.strings

    def lemmatize(doc: Doc) -> Doc:
        if not getattr(lemmatizer, "_validated", True):
            return lemmatizer(doc)  # spaCy checks its tables on the first call
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.flatnonzero(cols[:, 3] == 0)
        if not len(todo):
            return doc
        for i in todo.tolist():
            key = (int(cols[i, 0]), int(cols[i, 1]), int(cols[i, 2]))
            lemma = memo.get(key)
            if lemma is None:
                if len(memo) >= _MEMO_LIMIT:
                    memo.clear()  # bounded on a long run over ever new words
                lemma = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            cols[i, 3] = lemma
        doc.from_array([LEMMA], cast(Any, cols[:, 3:4]))
        return doc

    def pipe(stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        error_handler = lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield lemmatize(doc)
            except Exception as exc:  # noqa: BLE001 - spaCy's own handling of a failing doc
                error_handler(lemmatizer.name, lemmatizer, [doc], exc)

    return pipe
