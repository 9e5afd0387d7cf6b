"""Whether a line can hold a cue word before it is parsed (``headline_parses``).

A re-cased headline with no cue word, colon or dash is parsed only to be dropped: no rule finds a
report there. Its words' forms are known once it is split into words, but a lemma only after the
tagger and the lemmatizer. The lemma spaCy's rule lemmatizer gives a word is one of a few it can
give whatever the part of speech: the word itself, a suffix rule's form or an exception of its
tables, for any part of speech; or the lemma the attribute ruler sets on the words its patterns
name. A line none of whose words can reach a cue lemma is no report whatever its parse says, and
its parse is skipped; any pipeline step this cannot vouch for keeps every line parsed.
"""

from __future__ import annotations

from typing import Any, cast
from weakref import WeakKeyDictionary

from spacy.pipeline import AttributeRuler, DependencyParser, EntityRecognizer, Lemmatizer, Tagger, Tok2Vec
from spacy.tokens import Doc

#: per lemmatizer: the lemmas it can give a lower-cased word (filled as words come) and, per lemma the attribute
#: ruler sets, the words it sets it on; None when it or the ruler may set lemmas otherwise
_REACH: WeakKeyDictionary[Lemmatizer, tuple[dict[str, frozenset[str]], dict[str, frozenset[str] | None]] | None] = (
    WeakKeyDictionary())
#: the spaCy steps that set no lemma (the tagger, the parser, the recognizer) or set them as read here
_KNOWN = (Tok2Vec, Tagger, DependencyParser, EntityRecognizer, AttributeRuler, Lemmatizer)
#: pattern keys that name a word
_WORD_KEYS = ("ORTH", "LOWER", "TEXT")


def may_hold(steps: list, line: Doc, forms: frozenset[str] | set[str], lemmas: frozenset[str] | set[str]) -> bool:
    """Whether ``line`` (split into words, not yet through ``steps``) may hold a word of ``forms`` (lower case)
    or, once through ``steps``, one whose lemma in lower case is in ``lemmas``: False only when it cannot."""
    reach = _reach(steps)
    if reach is None:
        return True
    known, ruled = reach
    named: set[str] = set()
    for lemma in lemmas.intersection(ruled):
        words = ruled[lemma]
        if words is None:
            return True  # (a pattern that sets it on words it does not name)
        named |= words
    lemmatizer = next(s for s in steps if isinstance(s, Lemmatizer))
    for word in line:
        lower = word.lower_
        if lower in forms or lower in named or word.text in named:
            return True
        found = known.get(lower)
        if found is None:
            found = known[lower] = _lemmas(lemmatizer, lower)
        if not lemmas.isdisjoint(found):
            return True
    return False


def _reach(steps: list) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str] | None]] | None:
    lemmatizer = next((s for s in steps if isinstance(s, Lemmatizer)), None)
    if lemmatizer is None or not all(isinstance(s, _KNOWN) or _line_breaks(s) for s in steps):
        return None
    if lemmatizer not in _REACH:
        ruled = _ruled_words([s for s in steps if isinstance(s, AttributeRuler)])
        rule_mode = lemmatizer.mode == "rule" and not lemmatizer.overwrite and (
            type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize)  # (spaCy's, read in ``_lemmas``)
        _REACH[lemmatizer] = ({}, ruled) if rule_mode and ruled is not None else None
    return _REACH[lemmatizer]


def _line_breaks(step) -> bool:
    """Sourcebook's line breaks (``components.lines``): sentence starts only, no lemma."""
    return type(step).__name__ == "LineBreaks" and type(step).__module__.startswith("sourcebook.")


def _ruled_words(rulers: list[AttributeRuler]) -> dict[str, frozenset[str] | None] | None:
    """Per lemma (lower case) the rulers' patterns set, the words they set it on (lower case and as written), or None
    when a pattern setting it has a word it does not name by its form or a list of forms ('^n'?t$'); None for
    all when a lemma is set by a key not read here."""
    words: dict[str, set[str] | None] = {}
    for ruler in rulers:
        for entry in cast(list[dict[str, Any]], ruler.patterns):
            attrs: dict[str, Any] = entry.get("attrs", {})
            if "LEMMA" not in attrs:
                if any(str(k).upper() == "LEMMA" for k in attrs):
                    return None
                continue
            lemma = str(attrs["LEMMA"]).lower()
            named = words.setdefault(lemma, set())
            index: int = entry.get("index", 0)  # (the word of a matched span the ruler sets: 'c'm' of 'c'm on')
            for pattern in entry.get("patterns", []):
                spec = pattern[index] if -len(pattern) <= index < len(pattern) else {}
                values = [spec[k] for k in _WORD_KEYS if k in spec]
                forms = [_forms(v) for v in values]
                if named is None or not forms or any(not f for f in forms):
                    named = words[lemma] = None
                    continue
                for form in (str(f) for found in forms for f in found or ()):
                    named.update((form, form.lower()))
    return {lemma: None if named is None else frozenset(named) for lemma, named in words.items()}


def _forms(value: Any) -> list[Any] | None:
    """The forms a pattern's value for a word names: the word, or the list of 'IN'; None for any other test."""
    if isinstance(value, str):
        return [value]
    return value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else None


def _lemmas(lemmatizer: Lemmatizer, lower: str) -> frozenset[str]:
    """Every lemma (lower case) spaCy's rule ``lemmatizer`` can give a word written ``lower`` in lower
    case, whatever its part of speech (``Lemmatizer.rule_lemmatize``): the word itself, each suffix rule's
    form, each exception."""
    found = {lower}
    rules = lemmatizer.lookups.get_table("lemma_rules", {})
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {})
    for table in rules.values():
        for old, new in table:
            if lower.endswith(old):
                found.add((lower[: len(lower) - len(old)] + new).lower())
    for table in exceptions.values():
        found.update(form.lower() for form in table.get(lower, ()))
    return frozenset(found)
