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

__all__ = ["Words", "forget", "positions", "starts_of", "text_of", "words_of"]

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
#: per Doc, each word's offset in the text (``starts_of``; the words never change, so ``forget`` keeps them)
_STARTS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()
_WORDS: WeakKeyDictionary[Doc, Words] = WeakKeyDictionary()
#: the words' forms and lower cases of a Doc whose other attributes ``forget`` dropped (they go with the Doc)
_FORMS: WeakKeyDictionary[Doc, tuple[list[str], list[str]]] = WeakKeyDictionary()


class Words:
    """Per word of a Doc, by index: its text, lower case, lemma, tag, part of speech, relation
    and head's index (spaCy's strings: ``Token.text``, ``lower_``, ``lemma_``, ``tag_``, ``pos_``,
    ``dep_``, ``head.i``)."""

    __slots__ = ("text", "lower", "lemma", "tag", "pos", "dep", "head")

    def __init__(self, doc: Doc, forms: tuple[list[str], list[str]] | None = None) -> None:
        strings = doc.vocab.strings
        if forms is not None and len(forms[0]) == len(doc):
            # the words' forms and lower cases read before ``forget``: the rules change tags and arcs,
            # never the words (nothing retokenizes), so only the rest is read again
            array = doc.to_array([LEMMA, TAG, POS, DEP, HEAD])
            self.text, self.lower = forms
            self.lemma, self.tag, self.pos, self.dep = _strings(array[:, :4], strings)
        else:
            array = doc.to_array([ORTH, LOWER, LEMMA, TAG, POS, DEP, HEAD])
            self.text, self.lower, self.lemma, self.tag, self.pos, self.dep = _strings(array[:, :6], strings)
        # (HEAD is the head's offset from the word, as an unsigned integer)
        self.head: list[int] = (array[:, -1].astype(numpy.int64) + numpy.arange(len(doc), dtype=numpy.int64)).tolist()


def _strings(hashes: numpy.ndarray, strings: StringStore) -> list[list[str]]:
    """The strings of each column of hashes, each distinct one looked up once (a few thousand of an
    article's tens of thousands of words and tags): half the time of a lookup per word. The
    columns share their distinct hashes (a word's form, lower case and lemma are mostly the same
    strings), so one lookup serves them all."""
    distinct, where = numpy.unique(hashes, return_inverse=True)
    table = numpy.array([strings[int(h)] for h in distinct], dtype=object)[where.reshape(hashes.shape)]
    return [table[:, k].tolist() for k in range(hashes.shape[1])]


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc from the words' forms and the spaces after them
    (``Doc.text`` makes a Token of every word)."""
    text = _TEXTS.get(doc)
    if text is None:
        forms = words_of(doc).text
        spaced = doc.to_array(SPACY).tolist()
        text = _TEXTS[doc] = "".join([form + " " if space else form for form, space in zip(forms, spaced, strict=True)])
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
        words = _WORDS[doc] = Words(doc, _FORMS.get(doc))
    _LAST = (ref(doc), words)
    return words


def forget(doc: Doc) -> None:
    """Drop what was read of ``doc``'s words: its parse or tags changed."""
    global _LAST
    words = _WORDS.pop(doc, None)
    if words is not None:
        _FORMS[doc] = (words.text, words.lower)  # (the words themselves never change)
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
