"""An article's text and its words' plain attributes, read once while its Doc lives.

spaCy joins ``Doc.text`` anew from every token on each access, and makes a new Token object
for every ``doc[i]``, step of an iteration, ``.head`` and ``.children``. The attribution
component read the text a dozen times per article and walked every word some two dozen times
(the entity mendings of ``index``, the cue search), so that making Token objects took about half
its time. Here the text and the words' attributes as lists of strings and numbers are read once
per Doc (kept in a weak mapping, so they go with the Doc): a walk tests these first and makes
Tokens only where they hold. The rules that change the parse (``arcs.set_arcs``, the parts of
speech ``mends`` and ``reread`` put back) call ``forget``; the text never changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from weakref import ReferenceType, WeakKeyDictionary, ref

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["Words", "forget", "places", "positions", "starts_of", "text_of", "words_of"]

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: per Doc, each word's offset in the text (``starts_of``; the words never change, so ``forget`` keeps them)
_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()
_WORDS: WeakKeyDictionary[Doc, Words] = WeakKeyDictionary()
#: the words of a Doc as they were before ``forget`` dropped them (they go with the Doc)
_BEFORE: WeakKeyDictionary[Doc, Words] = WeakKeyDictionary()


class Words:
    """Per word of a Doc, by index: its text, lower case, lemma, tag, part of speech, relation
    and head's index (spaCy's strings: ``Token.text``, ``lower_``, ``lemma_``, ``tag_``, ``pos_``,
    ``dep_``, ``head.i``); ``hashes`` holds the lemmas', tags', parts of speech's and relations'
    hashes (one ``bytes`` of unsigned 64-bit integers, a row per word) they were read from."""

    __slots__ = ("text", "lower", "lemma", "tag", "pos", "dep", "head", "hashes")
    text: list[str]
    lower: list[str]

    def __init__(self, doc: Doc, before: Words | None = None) -> None:
        strings = doc.vocab.strings
        if before is not None and len(before.text) == len(doc):
            # the words read before ``forget``: the rules change tags and arcs, never the words
            # (nothing retokenizes), so only the rest is read again, and a string looked up only
            # where its hash changed (a mend changes a few words of the article)
            array = doc.to_array([LEMMA, TAG, POS, DEP, HEAD])
            self.text, self.lower = before.text, before.lower
            self.lemma, self.tag, self.pos, self.dep = _changed(array[:, :4], before, strings)
        else:
            array = doc.to_array([ORTH, LOWER, LEMMA, TAG, POS, DEP, HEAD])
            self.text, self.lower, self.lemma, self.tag, self.pos, self.dep = _strings(array[:, :6], strings)
        self.hashes = numpy.ascontiguousarray(array[:, -5:-1], dtype=numpy.uint64).tobytes()
        # (HEAD is the head's offset from the word, as an unsigned integer)
        self.head: list[int] = (array[:, -1].astype(numpy.int64) + numpy.arange(len(doc), dtype=numpy.int64)).tolist()


def _changed(hashes: numpy.ndarray, before: Words, strings: StringStore) -> list[list[str]]:
    """The lemma, tag, part of speech and relation columns of ``hashes`` (those four, a row per
    word): ``before``'s columns (copies: a rule may still hold them) with the rows whose hashes
    changed looked up again."""
    columns = [before.lemma[:], before.tag[:], before.pos[:], before.dep[:]]
    old = numpy.frombuffer(before.hashes, dtype=numpy.uint64).reshape(-1, 4)
    for i, k in zip(*numpy.nonzero(hashes != old), strict=True):
        columns[k][i] = strings[int(hashes[i, k])]
    return columns


def _strings(hashes: numpy.ndarray, strings: StringStore) -> list[list[str]]:
    """The strings of each column of hashes, each distinct one looked up once (a few thousand of an
    article's tens of thousands of words and tags): half the time of a lookup per word. The
    columns share their distinct hashes (a word's form, lower case and lemma are mostly the same
    strings), so one lookup serves them all."""
    distinct, where = numpy.unique(hashes, return_inverse=True)
    table = numpy.array([strings[int(h)] for h in distinct], dtype=object)[where.reshape(hashes.shape)]
    return [table[:, k].tolist() for k in range(hashes.shape[1])]


#: the Doc whose text was last read and the text (a weak reference, as ``_LAST`` below)
_LAST_TEXT: tuple[ReferenceType[Doc], str] | None = None


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc from the words' forms and the spaces after them
    (``Doc.text`` makes a Token of every word)."""
    global _LAST_TEXT
    last = _LAST_TEXT
    if last is not None and last[0]() is doc:
        return last[1]
    text = _TEXTS.get(doc)
    if text is None:
        forms = words_of(doc).text
        spaced = doc.to_array(SPACY).tolist()
        text = _TEXTS[doc] = "".join([form + " " if space else form for form, space in zip(forms, spaced, strict=True)])
    _LAST_TEXT = (ref(doc), text)
    return text


def starts_of(doc: Doc) -> list[int]:
    """Each word's ``Token.idx``, read once per Doc: the offsets rise with the words' order (no word is
    empty), so ``bisect`` finds the first word at or past an offset without a Token for each word before it."""
    starts = _STARTS.get(doc)
    if starts is None:
        starts = _STARTS[doc] = doc.to_array(IDX).tolist()
    return starts


#: the Doc last read and its words (a weak reference): most reads ask for the same Doc in a row,
#: and a weak mapping's lookup makes a new weak reference each time
_LAST: tuple[ReferenceType[Doc], Words] | None = None


def words_of(doc: Doc) -> Words:
    """The words' attributes of ``doc`` as they are now (read again after ``forget``)."""
    global _LAST
    last = _LAST
    if last is not None and last[0]() is doc:
        return last[1]
    words = _WORDS.get(doc)
    if words is None:
        words = _WORDS[doc] = Words(doc, _BEFORE.get(doc))
    _LAST = (ref(doc), words)
    return words


def forget(doc: Doc) -> None:
    """Drop what was read of ``doc``'s words: its parse or tags changed."""
    global _LAST
    words = _WORDS.pop(doc, None)
    if words is not None:
        _BEFORE[doc] = words  # (the words themselves never change: ``Words`` reads only the rest again)
    _LAST = None


def positions(column: list[str], word: str, start: int, stop: int) -> Iterator[int]:
    """The indices in ``range(start, stop)`` at which ``column`` (a list of ``Words``) holds ``word``, in
    order, found by ``list.index`` (a scan in C): a rule that needs one rare word ('old' of 'the
    34-year-old') tests only the places it stands, not every word of the article in Python."""
    at = start
    while at < stop:
        try:
            at = column.index(word, at, stop)
        except ValueError:
            return
        yield at
        at += 1


def places(column: list[str], words: frozenset[str], start: int, stop: int) -> list[int]:
    """The indices in ``range(start, stop)`` at which ``column`` holds any of ``words``, in order
    (``positions`` of each of them the column holds, all found in C): a rule that needs one of a few
    words ('while', 'when') tests only the places they stand."""
    return sorted(k for word in words.intersection(column) for k in positions(column, word, start, stop))
